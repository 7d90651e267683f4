//! Fictional but plausible organisation and person names, by the language of a country, so
//! that the directory holds what a real one would: accents, legal forms, common words ("Bio",
//! "Organic") shared by many names and family names shared by a few.

use rand::seq::SliceRandom;
use rand::Rng;

/// The words a country's organisation names are made of.
pub struct Words {
    /// Organic words, some of them with "bio" inside (what the deep-page search looks for).
    pub organic: &'static [&'static str],
    /// Kinds of business ("Azienda Agricola", "Farms").
    pub business: &'static [&'static str],
    /// Family names, which also serve as people's last names.
    pub families: &'static [&'static str],
    /// Places and products.
    pub places: &'static [&'static str],
    /// Legal forms, sometimes left out.
    pub legal: &'static [&'static str],
    /// Given names, for people.
    pub given: &'static [&'static str],
    /// Towns, for addresses.
    pub towns: &'static [&'static str],
}

const GERMAN: Words = Words {
    organic: &[
        "Bio",
        "Öko",
        "Bioland",
        "Naturkost",
        "Biohof",
        "Grün",
        "Demeter",
        "Ökoland",
    ],
    business: &[
        "Hof",
        "Mühle",
        "Gärtnerei",
        "Handel",
        "Import",
        "Landwirtschaft",
        "Molkerei",
        "Kelterei",
    ],
    families: &[
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hofmann",
        "Hartmann",
        "Lange",
        "Schmitt",
        "Werner",
        "Krause",
        "Meier",
        "Lehmann",
        "Huber",
        "Gruber",
    ],
    places: &[
        "Allgäu",
        "Rhön",
        "Schwarzwald",
        "Spreewald",
        "Bodensee",
        "Uckermark",
        "Alb",
        "Wendland",
        "Getreide",
        "Obst",
        "Gemüse",
        "Kräuter",
    ],
    legal: &["GmbH", "GmbH & Co. KG", "KG", "e.K.", "eG", "AG", "OHG"],
    given: &[
        "Anna", "Lukas", "Jürgen", "Sabine", "Thomas", "Katrin", "Stefan", "Birgit", "Jörg", "Lena",
    ],
    towns: &[
        "München",
        "Köln",
        "Freiburg",
        "Kempten",
        "Görlitz",
        "Münster",
        "Lübeck",
        "Fulda",
        "Würzburg",
        "Graz",
        "Linz",
    ],
};

const ITALIAN: Words = Words {
    organic: &[
        "Bio",
        "Biologica",
        "Biofrutta",
        "Natura",
        "Verde",
        "Bioagricola",
        "Terra Bio",
        "Biosapori",
    ],
    business: &[
        "Azienda Agricola",
        "Cascina",
        "Fattoria",
        "Podere",
        "Oleificio",
        "Cantina",
        "Molino",
        "Caseificio",
        "Frantoio",
    ],
    families: &[
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
        "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
        "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso",
        "Ferrara", "Galli", "Martini", "Leone", "Longo", "D'Angelo",
    ],
    places: &[
        "Toscana",
        "del Chianti",
        "di Puglia",
        "Val d'Orcia",
        "delle Langhe",
        "Sicilia",
        "Umbria",
        "del Garda",
        "Marche",
        "Sannio",
        "Cilento",
        "Maremma",
    ],
    legal: &["S.r.l.", "S.p.A.", "s.s.", "Soc. Coop.", "S.a.s.", "S.n.c."],
    given: &[
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Matteo",
        "Sara",
        "Giuseppe",
        "Elena",
        "Niccolò",
    ],
    towns: &[
        "Firenze", "Bari", "Verona", "Perugia", "Cuneo", "Palermo", "Ancona", "Lecce", "Siena",
        "Forlì",
    ],
};

const FRENCH: Words = Words {
    organic: &[
        "Bio",
        "Biocoop",
        "Nature",
        "Terre Bio",
        "Écologique",
        "Biolait",
        "Vert",
        "Agrobio",
    ],
    business: &[
        "Ferme",
        "Domaine",
        "Moulin",
        "Vergers",
        "Coopérative",
        "Fromagerie",
        "Négoce",
        "Château",
    ],
    families: &[
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefèbvre",
        "Michel",
        "Garcia",
        "David",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
        "Morel",
        "Girard",
        "André",
        "Mercier",
        "Dupont",
        "Lambert",
        "Bonnet",
        "François",
        "Martinez",
        "Legrand",
        "Garnier",
        "Faure",
    ],
    places: &[
        "de Provence",
        "du Périgord",
        "d'Alsace",
        "de Bretagne",
        "des Landes",
        "du Jura",
        "de la Loire",
        "Cévennes",
        "de Gascogne",
        "du Berry",
        "Céréales",
        "Légumes",
    ],
    legal: &["SARL", "SAS", "EARL", "GAEC", "SA", "SCEA"],
    given: &[
        "Camille", "Hugo", "Léa", "Nicolas", "Chloé", "Julien", "Manon", "Étienne", "Inès",
        "Amélie",
    ],
    towns: &[
        "Lyon",
        "Rennes",
        "Nantes",
        "Bordeaux",
        "Avignon",
        "Strasbourg",
        "Besançon",
        "Liège",
        "Namur",
        "Colmar",
    ],
};

const SPANISH: Words = Words {
    organic: &[
        "Bio",
        "Ecológica",
        "Biosur",
        "Natural",
        "Eco",
        "Verde",
        "Orgánica",
        "Biovida",
    ],
    business: &[
        "Finca",
        "Cooperativa",
        "Hacienda",
        "Almazara",
        "Bodegas",
        "Frutas",
        "Agrícola",
        "Cortijo",
        "Exportadora",
    ],
    families: &[
        "García",
        "Rodríguez",
        "González",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Alonso",
        "Gutiérrez",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Ramírez",
        "Serrano",
        "Blanco",
        "Molina",
        "Morales",
        "Suárez",
    ],
    places: &[
        "del Sur",
        "de Andalucía",
        "del Valle",
        "Andina",
        "de la Sierra",
        "del Pacífico",
        "Manchega",
        "del Ebro",
        "Cafetera",
        "del Cacao",
        "Tropical",
        "de Murcia",
    ],
    legal: &[
        "S.L.",
        "S.A.",
        "S.A.C.",
        "S. Coop.",
        "S.A. de C.V.",
        "Ltda.",
    ],
    given: &[
        "María", "José", "Lucía", "Javier", "Carmen", "Andrés", "Sofía", "Álvaro", "Paula", "Ángel",
    ],
    towns: &[
        "Sevilla",
        "Valencia",
        "Almería",
        "Lima",
        "Quito",
        "Guadalajara",
        "Medellín",
        "Cusco",
        "Murcia",
        "Córdoba",
    ],
};

const PORTUGUESE: Words = Words {
    organic: &[
        "Bio",
        "Orgânicos",
        "Biológica",
        "Natural",
        "Verde",
        "Bioagro",
        "Eco",
        "Terra Viva",
    ],
    business: &[
        "Quinta",
        "Fazenda",
        "Herdade",
        "Cooperativa",
        "Agropecuária",
        "Sítio",
        "Exportadora",
        "Lagar",
    ],
    families: &[
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Jesus",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Alves",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
    ],
    places: &[
        "do Douro",
        "do Alentejo",
        "do Minho",
        "Paulista",
        "do Cerrado",
        "da Bahia",
        "do Sul",
        "Mineira",
        "do Algarve",
        "Café",
        "Açaí",
        "Castanha",
    ],
    legal: &["Lda.", "S.A.", "Ltda.", "Unipessoal Lda.", "EIRELI"],
    given: &[
        "João",
        "Ana",
        "Pedro",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Gonçalo",
        "Inês",
        "Luís",
        "Conceição",
    ],
    towns: &[
        "Porto",
        "Évora",
        "Braga",
        "São Paulo",
        "Curitiba",
        "Salvador",
        "Faro",
        "Belo Horizonte",
        "Coimbra",
        "Manaus",
    ],
};

const POLISH: Words = Words {
    organic: &[
        "Bio",
        "Eko",
        "Ekologiczne",
        "Biofarma",
        "Natura",
        "Zielone",
        "Ekoplon",
        "Bioprodukt",
    ],
    business: &[
        "Gospodarstwo",
        "Przetwórnia",
        "Tłocznia",
        "Młyn",
        "Sad",
        "Spółdzielnia",
        "Hurtownia",
    ],
    families: &[
        "Nowak",
        "Kowalski",
        "Wiśniewski",
        "Wójcik",
        "Kowalczyk",
        "Kamiński",
        "Lewandowski",
        "Zieliński",
        "Szymański",
        "Woźniak",
        "Dąbrowski",
        "Kozłowski",
        "Jankowski",
        "Mazur",
        "Kwiatkowski",
        "Krawczyk",
        "Dvořák",
        "Novák",
        "Horváth",
        "Kovács",
        "Popescu",
        "Ionescu",
        "Petrov",
        "Jensen",
    ],
    places: &[
        "Mazury",
        "Podlasie",
        "Karpaty",
        "Warmia",
        "Bieszczady",
        "Roztocze",
        "Kujawy",
        "Pomorze",
        "Zboża",
        "Owoce",
        "Miody",
        "Zioła",
    ],
    legal: &["Sp. z o.o.", "S.A.", "s.r.o.", "Kft.", "S.R.L.", "sp.j."],
    given: &[
        "Katarzyna",
        "Piotr",
        "Agnieszka",
        "Tomasz",
        "Małgorzata",
        "Paweł",
        "Zofia",
        "Łukasz",
        "Ewa",
        "Jakub",
    ],
    towns: &[
        "Kraków",
        "Lublin",
        "Gdańsk",
        "Olsztyn",
        "Białystok",
        "Rzeszów",
        "Brno",
        "Debrecen",
        "Cluj-Napoca",
        "Košice",
    ],
};

const ENGLISH: Words = Words {
    organic: &[
        "Organic",
        "Bio",
        "Green",
        "Natural",
        "Pure",
        "Eco",
        "Biofoods",
        "Earthwise",
    ],
    business: &[
        "Farms",
        "Exports",
        "Foods",
        "Agro",
        "Trading",
        "Growers",
        "Produce",
        "Spices",
        "Estates",
        "Commodities",
    ],
    families: &[
        "Kumar",
        "Sharma",
        "Patel",
        "Singh",
        "Reddy",
        "Wang",
        "Li",
        "Zhang",
        "Chen",
        "Liu",
        "Nguyen",
        "Tran",
        "Yilmaz",
        "Kaya",
        "Demir",
        "Şahin",
        "Okafor",
        "Mensah",
        "Kamau",
        "Otieno",
        "Haddad",
        "Mansour",
        "Smith",
        "Jones",
        "Williams",
        "Brown",
        "Taylor",
        "Papadopoulos",
        "Georgiou",
        "Van der Berg",
        "De Vries",
        "Andersson",
    ],
    places: &[
        "Himalaya",
        "Kerala",
        "Valley",
        "Highlands",
        "Delta",
        "Savanna",
        "Harvest",
        "Tea",
        "Cocoa",
        "Sesame",
        "Cashew",
        "Quinoa",
    ],
    legal: &[
        "Ltd",
        "Pvt. Ltd.",
        "Co., Ltd.",
        "LLC",
        "Inc.",
        "A.Ş.",
        "B.V.",
        "AB",
        "PLC",
    ],
    given: &[
        "Priya", "Rahul", "Wei", "Mei", "Ayşe", "Mehmet", "Grace", "Kwame", "Sarah", "Daniel",
    ],
    towns: &[
        "Pune",
        "Kochi",
        "Guangzhou",
        "Izmir",
        "Nairobi",
        "Accra",
        "Ho Chi Minh City",
        "Thessaloniki",
        "Rotterdam",
        "Uppsala",
    ],
};

/// The words of a country's usual language (English for the rest of the world).
pub fn words_for(country: &str) -> &'static Words {
    match country {
        "DE" | "AT" | "CH" | "LI" => &GERMAN,
        "IT" | "SM" | "VA" => &ITALIAN,
        "FR" | "BE" | "LU" | "MC" => &FRENCH,
        "ES" | "MX" | "PE" | "EC" | "CO" | "AR" | "CL" | "BO" | "GT" | "HN" | "NI" | "CR"
        | "PA" | "DO" | "PY" | "UY" | "VE" | "SV" | "CU" => &SPANISH,
        "PT" | "BR" => &PORTUGUESE,
        "PL" | "CZ" | "SK" | "HU" | "RO" | "BG" | "HR" | "SI" => &POLISH,
        _ => &ENGLISH,
    }
}

fn pick<R: Rng>(rng: &mut R, list: &'static [&'static str]) -> &'static str {
    list.choose(rng).copied().unwrap_or_default()
}

/// An operator's name: one of a few shapes, about two in three with an organic word.
pub fn operator_name<R: Rng>(rng: &mut R, words: &Words) -> String {
    let family = pick(rng, words.families);
    let mut name = match rng.gen_range(0..6) {
        0 => format!("{} {}", pick(rng, words.business), family),
        1 => format!(
            "{} {} {}",
            pick(rng, words.organic),
            pick(rng, words.business),
            family
        ),
        2 => format!("{} {}", family, pick(rng, words.organic)),
        3 => format!("{} {}", pick(rng, words.organic), pick(rng, words.places)),
        4 => format!(
            "{} {} {}",
            pick(rng, words.business),
            pick(rng, words.organic),
            pick(rng, words.places)
        ),
        _ => format!(
            "{} & {} {}",
            family,
            pick(rng, words.families),
            pick(rng, words.business)
        ),
    };
    if rng.gen_bool(0.7) {
        name.push(' ');
        name.push_str(pick(rng, words.legal));
    }
    name
}

/// A person: given name and family name.
pub fn person<R: Rng>(rng: &mut R, words: &Words) -> (&'static str, &'static str) {
    (pick(rng, words.given), pick(rng, words.families))
}

/// A town for an address.
pub fn town<R: Rng>(rng: &mut R, words: &Words) -> &'static str {
    pick(rng, words.towns)
}

/// A street address in the country's manner (roughly).
pub fn street<R: Rng>(rng: &mut R, words: &Words) -> String {
    let number = rng.gen_range(1..200);
    let family = pick(rng, words.families);
    if std::ptr::eq(words, &GERMAN) {
        format!("{family}straße {number}")
    } else if std::ptr::eq(words, &ITALIAN) {
        format!("Via {family} {number}")
    } else if std::ptr::eq(words, &FRENCH) {
        format!("{number} rue {family}")
    } else if std::ptr::eq(words, &SPANISH) {
        format!("Calle {family} {number}")
    } else if std::ptr::eq(words, &PORTUGUESE) {
        format!("Rua {family}, {number}")
    } else if std::ptr::eq(words, &POLISH) {
        format!("ul. {family} {number}")
    } else {
        format!("{number} {family} Road")
    }
}

/// An e-mail user part: ASCII letters only.
pub fn ascii_slug(text: &str) -> String {
    app::domain::fold_name(text)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn names_fold_to_searchable_text() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        for country in ["DE", "IT", "FR", "ES", "PT", "PL", "IN"] {
            let name = operator_name(&mut rng, words_for(country));
            let folded = app::domain::fold_name(&name);
            assert!(!folded.is_empty(), "{name}");
            assert_eq!(folded, folded.to_lowercase(), "{name}");
        }
        assert_eq!(ascii_slug("Müller-Lüdenscheidt"), "mullerludenscheidt");
    }
}
