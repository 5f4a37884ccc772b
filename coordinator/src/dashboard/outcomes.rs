//! Anonymous outcomes: what the phones that share them count per month (applications,
//! interviews, hires, lessons completed), per organisation, as a table and a chart.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, PreEscaped};
use plotters::prelude::*;

use super::scrolling;
use super::services::internal;
use super::session::Signed;
use super::{forbidden, locale, number, page, t};
use crate::people::{self, OutcomeRow};
use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new().route("/outcomes", get(show))
}

/// Totals per month over every organisation: applications, interviews, hires, lessons.
fn per_month(rows: &[OutcomeRow]) -> BTreeMap<&str, [i64; 4]> {
    let mut months: BTreeMap<&str, [i64; 4]> = BTreeMap::new();
    for row in rows {
        let totals = months.entry(row.month.as_str()).or_default();
        for (total, value) in totals.iter_mut().zip([
            row.applications,
            row.interviews,
            row.hires,
            row.lessons_completed,
        ]) {
            *total += value;
        }
    }
    months
}

/// The chart as an SVG document, with the series named in `labels`.
fn chart(months: &BTreeMap<&str, [i64; 4]>, labels: [String; 4]) -> Result<String, String> {
    let names: Vec<&str> = months.keys().copied().collect();
    let highest = months
        .values()
        .flat_map(|v| v.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let last = (names.len() as i32 - 1).max(1);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (760, 320)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(30)
            .y_label_area_size(44)
            .build_cartesian_2d(0..last, 0..highest + highest / 10 + 1)
            .map_err(|e| e.to_string())?;
        let month_label = |x: &i32| {
            names
                .get(usize::try_from(*x).unwrap_or(usize::MAX))
                .map(|m| (*m).to_owned())
                .unwrap_or_default()
        };
        chart
            .configure_mesh()
            .x_labels(names.len().max(2))
            .x_label_formatter(&month_label)
            .label_style(("sans-serif", 13))
            .draw()
            .map_err(|e| e.to_string())?;
        let colours = [BLUE, MAGENTA, GREEN, RED];
        for (index, label) in labels.into_iter().enumerate() {
            let colour = colours[index];
            let points = months
                .values()
                .enumerate()
                .map(|(x, totals)| (x as i32, totals[index]));
            chart
                .draw_series(LineSeries::new(points, colour.stroke_width(2)))
                .map_err(|e| e.to_string())?
                .label(label)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], colour));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .label_font(("sans-serif", 13))
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()
            .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

async fn show(State(state): State<Arc<AppState>>, headers: HeaderMap, signed: Signed) -> Response {
    let l = locale(&headers);
    if !signed.account.role.sees_outcomes() {
        return forbidden(&state, l, &signed);
    }
    let rows = match people::outcomes(&state.pool).await {
        Ok(rows) => rows,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let caption = t(l, "outcome-chart", None);
    let chart = if rows.is_empty() {
        None
    } else {
        let labels = [
            t(l, "outcome-applications", None),
            t(l, "outcome-interviews", None),
            t(l, "outcome-hires", None),
            t(l, "outcome-lessons", None),
        ];
        match chart(&per_month(&rows), labels) {
            Ok(svg) => {
                // Scales with the page; read as one image.
                let attributes = html! { (caption) }.into_string();
                Some(svg.replacen(
                    "<svg ",
                    &format!(
                        "<svg role=\"img\" aria-label=\"{attributes}\" style=\"max-width:100%;height:auto\" "
                    ),
                    1,
                ))
            }
            Err(error) => {
                tracing::error!(%error, "outcomes chart");
                None
            }
        }
    };
    let body = html! {
        p.muted { (t(l, "outcome-explain", None)) }
        @if rows.is_empty() {
            p { (t(l, "outcome-none", None)) }
        } @else {
            @if let Some(svg) = chart {
                figure #chart {
                    // Safe: plotters' SVG backend escapes the text it draws (month names,
                    // catalogue labels), and the caption above was escaped by maud.
                    (PreEscaped(svg))
                    figcaption { (caption) }
                }
            }
            (scrolling(&t(l, "nav-outcomes", None), html! {
            table #outcomes {
                tr {
                    th { (t(l, "outcome-month", None)) }
                    th { (t(l, "outcome-organisation", None)) }
                    th { (t(l, "outcome-applications", None)) }
                    th { (t(l, "outcome-interviews", None)) }
                    th { (t(l, "outcome-hires", None)) }
                    th { (t(l, "outcome-lessons", None)) }
                    th { (t(l, "outcome-phones", None)) }
                }
                @for row in &rows {
                    tr {
                        td { (row.month) }
                        td { (row.organisation) }
                        td { (number(l, row.applications)) }
                        td { (number(l, row.interviews)) }
                        td { (number(l, row.hires)) }
                        td { (number(l, row.lessons_completed)) }
                        td { (number(l, row.phones)) }
                    }
                }
            }
            }))
        }
    };
    let title = t(l, "nav-outcomes", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}

#[cfg(test)]
mod tests {
    use super::super::services::tests::signed_in;
    use crate::testdb::{databases, people};
    use axum::http::StatusCode;

    #[tokio::test]
    async fn outcomes_show_as_a_table_and_a_chart_to_operators_only() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let operator = signed_in(pool, "operator").await;
            let empty = operator.get("/outcomes").await;
            assert_eq!(empty.status, StatusCode::OK);
            assert!(!empty.body.contains("<svg"));
            for (reporter, org, month, applications) in [
                ("r1", "org-a", "2026-10", 3),
                ("r2", "org-a", "2026-10", 2),
                ("r1", "org-a", "2026-11", 4),
                ("r3", "org-b", "2026-11", 1),
                // A network's month can count thousands: written as Italian writes them.
                ("r4", "org-b", "2026-09", 12_345),
            ] {
                sqlx::query("INSERT INTO outcome (reporter, organisation_id, month, applications, interviews, hires, lessons_completed) VALUES ($1, $2, $3, $4, 1, 0, 2)")
                    .bind(reporter)
                    .bind(org)
                    .bind(month)
                    .bind(applications as i64)
                    .execute(pool)
                    .await
                    .unwrap();
            }
            let answer = operator.get("/outcomes").await;
            assert_eq!(answer.status, StatusCode::OK);
            assert!(answer.body.contains("<svg"), "{}", answer.body);
            assert!(answer.body.contains("2026-11"));
            assert!(answer
                .body
                .contains("<tr><td>2026-10</td><td>Org A</td><td>5</td><td>2</td><td>0</td><td>4</td><td>2</td></tr>"));
            assert!(answer.body.contains("<td>Org B</td><td>12.345</td>"));
            let tutor = signed_in(pool, "tutor").await;
            assert_eq!(tutor.get("/outcomes").await.status, StatusCode::FORBIDDEN);
            db.drop_database().await;
        }
    }
}
