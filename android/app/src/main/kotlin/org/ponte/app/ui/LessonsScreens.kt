package org.ponte.app.ui

import android.graphics.BitmapFactory
import android.webkit.WebView
import androidx.compose.foundation.Image
import androidx.compose.foundation.border
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.selectable
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.remember
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.asImageBitmap
import androidx.compose.ui.layout.ContentScale
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import androidx.compose.ui.viewinterop.AndroidView
import org.ponte.core.CourseCertificate
import org.ponte.core.CourseGlossary
import org.ponte.core.CoursesView
import org.ponte.core.Event
import org.ponte.core.LessonCard
import org.ponte.core.LessonMedia
import org.ponte.core.LessonPlayer
import org.ponte.core.LessonsEvent
import org.ponte.core.PlayerChoice
import org.ponte.core.StepKind

private fun lessons(event: LessonsEvent) = Event.Lessons(event)

/** The courses: the lesson to continue, then each course with its lessons. */
@Composable
fun CoursesScreen(courses: CoursesView, send: Send) {
    ScreenList {
        courses.empty?.let { empty -> item { LText(empty) } }
        courses.continueWith?.let { card ->
            item { Heading(courses.continueHeading) }
            item { LessonCardView(card, send) }
        }
        for (course in courses.courses) {
            item(key = "course-" + course.id) {
                Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    CText(course.title, style = MaterialTheme.typography.titleLarge)
                    Secondary(course.progress)
                }
            }
            items(course.lessons, key = { course.id + "/" + it.id }) { LessonCardView(it, send) }
            item(key = "course-links-" + course.id) {
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    LinkButton(course.glossaryLabel, onClick = { send(Event.OpenLink(course.glossaryLink)) })
                    LinkButton(course.certificateLabel, onClick = { send(Event.OpenLink(course.certificateLink)) })
                }
            }
        }
    }
}

@Composable
private fun LessonCardView(card: LessonCard, send: Send) {
    ItemCard(onClick = { send(Event.OpenLink(card.link)) }) {
        CText(card.title, style = MaterialTheme.typography.titleMedium)
        LText(card.statusLabel, color = MaterialTheme.colorScheme.primary)
        Secondary(card.minutes)
        Secondary(card.level)
        Secondary(card.suggestion)
        LText(card.action, style = MaterialTheme.typography.labelLarge)
    }
}

/** One step of a lesson: its text, picture, choices, hints, feedback, and the way on. */
@Composable
fun LessonPlayerScreen(player: LessonPlayer, send: Send) {
    ScreenList {
        item {
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                CText(player.title, style = MaterialTheme.typography.titleMedium)
                Secondary(player.progress)
            }
        }
        player.instruction?.let { instruction -> item { LText(instruction, style = MaterialTheme.typography.labelLarge) } }
        item { CText(player.text, style = MaterialTheme.typography.bodyLarge) }
        player.image?.let { image -> item { MediaImage(image, description = null) } }
        items(player.checklist) { line -> CText(line) }
        item { SecondaryButton(player.listen, onClick = { send(lessons(LessonsEvent.ReadAloud)) }) }
        if (player.kind == StepKind.ORDER) {
            items(player.choices.size) { index -> OrderRow(player, index, send) }
        } else {
            items(player.choices, key = { "choice-" + it.id }) { choice -> ChoiceCard(choice, send) }
            items(player.matches, key = { "match-" + it.id }) { choice -> ChoiceCard(choice, send) }
        }
        items(player.hints) { hint -> CText(hint, color = MaterialTheme.colorScheme.tertiary) }
        player.hint?.let { hint -> item { LinkButton(hint, onClick = { send(lessons(LessonsEvent.ShowHint)) }) } }
        item { ErrorText(player.answerError) }
        player.feedback?.let { feedback ->
            item {
                ItemCard {
                    LText(
                        feedback.headline,
                        style = MaterialTheme.typography.titleMedium,
                        color = if (feedback.correct) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.error,
                    )
                    for (explanation in feedback.explanations) CText(explanation)
                }
            }
        }
        player.mastered?.let { mastered -> item { LText(mastered, color = MaterialTheme.colorScheme.primary) } }
        player.check?.let { check -> item { PrimaryButton(check, onClick = { send(lessons(LessonsEvent.Check)) }) } }
        player.tryAgain?.let { again -> item { PrimaryButton(again, onClick = { send(lessons(LessonsEvent.TryAgain)) }) } }
        player.next?.let { next -> item { PrimaryButton(next, onClick = { send(lessons(LessonsEvent.Next)) }) } }
        player.finish?.let { finish -> item { PrimaryButton(finish, onClick = { send(lessons(LessonsEvent.Finish)) }) } }
        player.previous?.let { previous -> item { SecondaryButton(previous, onClick = { send(lessons(LessonsEvent.Previous)) }) } }
        item { CText(player.masteryRule, style = MaterialTheme.typography.bodySmall) }
        if (player.glossary.isNotEmpty()) {
            item { Heading(player.glossaryLabel) }
            items(player.glossary) { entry ->
                Column {
                    CText(entry.term, style = MaterialTheme.typography.titleSmall)
                    CText(entry.explanation)
                }
            }
        }
    }
}

/** A choice, a picture, or a side of a pair: one tap target, its state shown by a border. */
@Composable
private fun ChoiceCard(choice: PlayerChoice, send: Send) {
    val chosen = choice.selected || choice.pairedWith != null
    val colour = if (chosen) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.outline
    Column(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = MinTouch)
            .border(if (chosen) 3.dp else 1.dp, colour, MaterialTheme.shapes.medium)
            .selectable(selected = chosen, role = Role.Button, onClick = { send(lessons(LessonsEvent.Select(choice.id))) })
            .padding(12.dp),
        verticalArrangement = Arrangement.spacedBy(4.dp),
    ) {
        choice.image?.let { MediaImage(it, description = choice.text?.text) }
        choice.text?.let { CText(it) }
    }
}

/** An item to put in order, with the core's words for moving it. */
@Composable
private fun OrderRow(player: LessonPlayer, index: Int, send: Send) {
    val item = player.choices[index]
    ItemCard {
        item.image?.let { MediaImage(it, description = item.text?.text) }
        item.text?.let { CText(it) }
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalAlignment = Alignment.CenterVertically) {
            val earlier = player.moveEarlier
            if (earlier != null && index > 0) {
                OutlinedButton(
                    onClick = { send(lessons(LessonsEvent.MoveItem(item.id, (index - 1).toUInt()))) },
                    modifier = Modifier.heightIn(min = MinTouch),
                ) { LText(earlier) }
            }
            val later = player.moveLater
            if (later != null && index < player.choices.size - 1) {
                OutlinedButton(
                    onClick = { send(lessons(LessonsEvent.MoveItem(item.id, (index + 1).toUInt()))) },
                    modifier = Modifier.heightIn(min = MinTouch),
                ) { LText(later) }
            }
        }
    }
}

@Composable
private fun MediaImage(media: LessonMedia, description: String?) {
    val bitmap = remember(media.path) { BitmapFactory.decodeByteArray(media.bytes, 0, media.bytes.size) } ?: return
    Image(
        bitmap = bitmap.asImageBitmap(),
        contentDescription = description,
        contentScale = ContentScale.FillWidth,
        modifier = Modifier.fillMaxWidth(),
    )
}

/** A course's words and what they mean. */
@Composable
fun GlossaryScreen(glossary: CourseGlossary) {
    ScreenList {
        item { CText(glossary.courseTitle, style = MaterialTheme.typography.titleLarge) }
        glossary.empty?.let { empty -> item { LText(empty) } }
        items(glossary.terms) { entry ->
            Column {
                CText(entry.term, style = MaterialTheme.typography.titleSmall)
                CText(entry.explanation)
            }
        }
    }
}

/** A course's certificate: what is missing, or the name to print, the preview and the share. */
@Composable
fun CertificateScreen(certificate: CourseCertificate, send: Send) {
    ScreenList {
        item { CText(certificate.courseTitle, style = MaterialTheme.typography.titleLarge) }
        item { LText(certificate.explanation) }
        items(certificate.missing, key = { it.id }) { LessonCardView(it, send) }
        certificate.name?.let { name ->
            item {
                CoreTextField(
                    key = certificate.courseId,
                    label = name.label,
                    value = name.value,
                    onChange = { send(lessons(LessonsEvent.CertificateName(it))) },
                    error = name.error,
                )
            }
        }
        certificate.html?.let { html -> item { HtmlPreview(html) } }
        certificate.share?.let { share -> item { PrimaryButton(share, onClick = { send(lessons(LessonsEvent.ShareCertificate)) }) } }
    }
}

/** An HTML document from the core (a certificate, the CV), shown as it will be shared. */
@Composable
fun HtmlPreview(html: String) {
    AndroidView(
        factory = { context ->
            WebView(context).apply {
                settings.javaScriptEnabled = false
                settings.allowFileAccess = false
            }
        },
        update = { view -> view.loadDataWithBaseURL(null, html, HTML_MIME, HTML_ENCODING, null) },
        modifier = Modifier.fillMaxWidth().heightIn(min = 320.dp),
    )
}

private const val HTML_MIME = "text/html"
private const val HTML_ENCODING = "utf-8"
