//! Synthetic territories for benchmarks and load tests: plausible services spread over the seed
//! cities, with texts in every language. Deterministic for a given seed. Not real data.

use crate::content::{
    Audience, Category, Contact, ContactChannel, Provenance, ServiceRecord, ServiceText,
};

/// The twelve languages of the catalogue.
pub const LANGUAGES: [&str; 12] = [
    "it", "en", "fr", "es", "ar", "fa", "ps", "ur", "bn", "ti", "so", "uk",
];

/// City centres (lat, lon) and their region codes.
pub const CITIES: [(&str, &str, f64, f64); 5] = [
    ("Bologna", "bologna", 44.4949, 11.3426),
    ("Roma", "roma", 41.9028, 12.4964),
    ("Torino", "torino", 45.0703, 7.6869),
    ("Palermo", "palermo", 38.1157, 13.3615),
    ("Venezia", "venezia", 45.4408, 12.3155),
];

const HOURS: [&str; 8] = [
    "Mo-Fr 09:00-13:00; PH off",
    "Mo,We,Fr 14:00-18:00; PH off",
    "Tu-Sa 08:30-12:30,15:00-19:00; PH off",
    "24/7",
    "Mo-Fr 09:00-17:00; Aug off; PH off",
    "Mo-Th 09:00-12:00; Fr 09:00-11:00 \"su appuntamento\"; PH off",
    "Mo-Fr 10:00-12:00 unknown \"by appointment\"",
    "Sa 10:00-13:00; PH off",
];

/// A few words per language, so search has real vocabulary to work on.
fn words(language: &str) -> &'static [&'static str] {
    match language {
        "it" => &[
            "centro",
            "sportello",
            "ambulatorio",
            "scuola",
            "italiano",
            "mensa",
            "dormitorio",
            "consultorio",
            "biblioteca",
            "lavoro",
            "orientamento",
            "legale",
            "salute",
            "casa",
            "donne",
            "famiglie",
            "banca",
            "internet",
        ],
        "en" => &[
            "centre",
            "desk",
            "clinic",
            "school",
            "italian",
            "canteen",
            "shelter",
            "counselling",
            "library",
            "work",
            "guidance",
            "legal",
            "health",
            "housing",
            "women",
            "families",
            "bank",
            "internet",
        ],
        "fr" => &[
            "centre",
            "guichet",
            "clinique",
            "école",
            "italien",
            "cantine",
            "abri",
            "conseil",
            "bibliothèque",
            "travail",
            "orientation",
            "juridique",
            "santé",
            "logement",
            "femmes",
            "familles",
            "banque",
            "internet",
        ],
        "es" => &[
            "centro",
            "ventanilla",
            "clínica",
            "escuela",
            "italiano",
            "comedor",
            "albergue",
            "consultorio",
            "biblioteca",
            "trabajo",
            "orientación",
            "legal",
            "salud",
            "vivienda",
            "mujeres",
            "familias",
            "banco",
            "internet",
        ],
        "ar" => &[
            "مركز",
            "مكتب",
            "عيادة",
            "مدرسة",
            "الإيطالية",
            "مطعم",
            "مأوى",
            "استشارة",
            "مكتبة",
            "عمل",
            "توجيه",
            "قانوني",
            "صحة",
            "سكن",
            "نساء",
            "عائلات",
            "بنك",
            "إنترنت",
        ],
        "fa" => &[
            "مرکز",
            "دفتر",
            "درمانگاه",
            "مدرسه",
            "ایتالیایی",
            "غذاخوری",
            "سرپناه",
            "مشاوره",
            "کتابخانه",
            "کار",
            "راهنمایی",
            "حقوقی",
            "سلامت",
            "مسکن",
            "زنان",
            "خانواده",
            "بانک",
            "اینترنت",
        ],
        "ps" => &[
            "مرکز",
            "دفتر",
            "کلینیک",
            "ښوونځی",
            "ایټالوي",
            "ډوډۍ",
            "پناه",
            "مشوره",
            "کتابتون",
            "کار",
            "لارښوونه",
            "قانوني",
            "روغتیا",
            "کور",
            "ښځې",
            "کورنۍ",
            "بانک",
            "انټرنیټ",
        ],
        "ur" => &[
            "مرکز",
            "دفتر",
            "کلینک",
            "اسکول",
            "اطالوی",
            "کھانا",
            "پناہ",
            "مشاورت",
            "کتب",
            "کام",
            "رہنمائی",
            "قانونی",
            "صحت",
            "رہائش",
            "خواتین",
            "خاندان",
            "بینک",
            "انٹرنیٹ",
        ],
        "bn" => &[
            "কেন্দ্র",
            "ডেস্ক",
            "ক্লিনিক",
            "স্কুল",
            "ইতালীয়",
            "খাবার",
            "আশ্রয়",
            "পরামর্শ",
            "গ্রন্থাগার",
            "কাজ",
            "নির্দেশনা",
            "আইনি",
            "স্বাস্থ্য",
            "বাসস্থান",
            "নারী",
            "পরিবার",
            "ব্যাংক",
            "ইন্টারনেট",
        ],
        "ti" => &[
            "ማእከል",
            "ቤት",
            "ክሊኒክ",
            "ቤት-ትምህርቲ",
            "ጣልያንኛ",
            "መግቢ",
            "መዕቆቢ",
            "ምኽሪ",
            "ቤተ-መጻሕፍቲ",
            "ስራሕ",
            "መምርሒ",
            "ሕጋዊ",
            "ጥዕና",
            "መንበሪ",
            "ደቂ-ኣንስትዮ",
            "ስድራቤት",
            "ባንክ",
            "ኢንተርነት",
        ],
        "so" => &[
            "xarun",
            "xafiis",
            "rugta",
            "dugsi",
            "talyaani",
            "cunto",
            "hoy",
            "talo",
            "maktabad",
            "shaqo",
            "hagid",
            "sharci",
            "caafimaad",
            "guri",
            "haweenka",
            "qoysaska",
            "bangi",
            "internet",
        ],
        "uk" => &[
            "центр",
            "бюро",
            "клініка",
            "школа",
            "італійська",
            "їдальня",
            "притулок",
            "консультація",
            "бібліотека",
            "робота",
            "орієнтація",
            "юридична",
            "здоровя",
            "житло",
            "жінки",
            "сімї",
            "банк",
            "інтернет",
        ],
        _ => &["service"],
    }
}

/// Street and place names shared by every language (proper nouns are not translated).
const PLACES: [&str; 12] = [
    "San Donato",
    "Navile",
    "Esquilino",
    "Borgo Vittoria",
    "Ballarò",
    "Mestre",
    "Bolognina",
    "Pigneto",
    "Aurora",
    "Zisa",
    "Marghera",
    "Corticella",
];

/// A small, fast, deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `count` services spread over the seed cities (within about 15 km of each centre), with texts
/// in `languages` (the first is the source language).
pub fn territory<'a>(
    count: usize,
    languages: &'a [&'a str],
    seed: u64,
) -> impl Iterator<Item = ServiceRecord> + 'a {
    let mut rng = Rng(seed.max(1));
    (0..count).map(move |i| {
        let (city, region, lat0, lon0) = CITIES[i % CITIES.len()];
        let category = Category::ALL[rng.below(Category::ALL.len())];
        let kind = category.bit().trailing_zeros() as usize % 18;
        let place = PLACES[rng.below(PLACES.len())];
        let texts = languages
            .iter()
            .enumerate()
            .map(|(n, language)| {
                let w = words(language);
                ServiceText {
                    language: (*language).to_owned(),
                    name: format!(
                        "{} {} {}",
                        w[kind % w.len()],
                        w[(kind + 9) % w.len()],
                        place
                    ),
                    description: format!(
                        "{} {} {}",
                        w[rng.below(w.len())],
                        w[rng.below(w.len())],
                        w[rng.below(w.len())]
                    ),
                    eligibility: String::new(),
                    how_to: String::new(),
                    provenance: if n == 0 {
                        Provenance::Original
                    } else {
                        Provenance::Machine
                    },
                    source_version: 1,
                }
            })
            .collect();
        let spoken: Vec<String> = ["it", "en", "fr", "ar"]
            .iter()
            .take(1 + rng.below(4))
            .map(|s| (*s).to_owned())
            .collect();
        ServiceRecord {
            id: format!("syn-{i}"),
            version: 1,
            organisation: format!("Organisation {}", i % 997),
            categories: vec![category],
            address: format!("Via {place} {}", 1 + rng.below(200)),
            city: city.to_owned(),
            region: region.to_owned(),
            // About ±15 km around the centre.
            lat: Some(lat0 + (rng.unit() - 0.5) * 0.27),
            lon: Some(lon0 + (rng.unit() - 0.5) * 0.38),
            opening_hours: Some(HOURS[rng.below(HOURS.len())].to_owned()),
            contacts: vec![Contact {
                channel: ContactChannel::Phone,
                value: format!("+39 0{} {}", 10 + rng.below(90), 100000 + i),
            }],
            languages_spoken: spoken,
            audiences: vec![
                [
                    Audience::Everyone,
                    Audience::AsylumSeekers,
                    Audience::Refugees,
                    Audience::Women,
                    Audience::Minors,
                ][rng.below(5)],
            ],
            free: Some(rng.below(4) != 0),
            wheelchair: None,
            last_verified: Some("2026-10-01".into()),
            source: "synthetic".into(),
            attribution: String::new(),
            source_language: languages.first().copied().unwrap_or("it").to_owned(),
            texts,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_services_are_valid_and_repeatable() {
        let a: Vec<_> = territory(200, &LANGUAGES, 7).collect();
        let b: Vec<_> = territory(200, &LANGUAGES, 7).collect();
        assert_eq!(a, b);
        for record in &a {
            record.validate().unwrap();
            assert_eq!(record.texts.len(), 12);
        }
    }
}
