#!/usr/bin/env python3
"""Writes server/demo/organisations.csv: the directory of the training instance's demo world.

It is the browser tests' fixture (end2end/fixtures/organisations.csv, so tests run the same on
a freshly reset training instance) plus more operators, control bodies and authorities, so
that the demo covers at least 12 countries. Every name carries a word meaning "fictional" in
its language: no real company is named. The server checks every row with the rules of user
input when it loads the file. Re-run after changing the fixture:

    python3 scripts/make-demo-world.py
"""
import csv
import io
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "end2end/fixtures/organisations.csv"
OUT = ROOT / "server/demo/organisations.csv"
COLUMNS = "kind,name,country,status,address,city,postcode,section,activity,phone,fax,email,website,eori,authority_role,code,certified_countries".split(",")

# country: (fictional word, street, cities with postcodes, phone prefix)
EU = {
    "NL": ("Fictief", "Voorbeeldstraat", [("Amsterdam", "1011 AB"), ("Rotterdam", "3011 AA"), ("Utrecht", "3511 AA"), ("Groningen", "9711 AA")], "+31 20"),
    "BE": ("Fictief", "Rue de l'Exemple", [("Bruxelles", "1000"), ("Antwerpen", "2000"), ("Gent", "9000"), ("Liège", "4000")], "+32 2"),
    "AT": ("Fiktiv", "Mustergasse", [("Wien", "1010"), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020")], "+43 1"),
    "DK": ("Fiktiv", "Eksempelvej", [("København", "1050"), ("Aarhus", "8000"), ("Odense", "5000"), ("Aalborg", "9000")], "+45 33"),
    "SE": ("Fiktiv", "Exempelgatan", [("Stockholm", "111 20"), ("Göteborg", "411 01"), ("Malmö", "211 20"), ("Uppsala", "753 20")], "+46 8"),
    "PT": ("Fictícia", "Rua do Exemplo", [("Lisboa", "1100-001"), ("Porto", "4000-001"), ("Braga", "4700-001"), ("Faro", "8000-001")], "+351 21"),
    "IE": ("Fictional", "Example Street", [("Dublin", "D01 F5P2"), ("Cork", "T12 X2F3"), ("Galway", "H91 E2K1"), ("Limerick", "V94 T9P1")], "+353 1"),
}
EU_NAMES = {
    "NL": ["{w} Biologische Import BV", "{w} Groene Oogst Handel", "{w} Eerste Ontvanger Noord", "{w} Natuurvoeding Verwerking"],
    "BE": ["{w} Bio Import Benelux", "{w} Les Saveurs Vertes SRL", "{w} Haven Eerste Ontvanger", "{w} Ardennes Bio Transformation"],
    "AT": ["{w} Alpen Bio Import GmbH", "{w} Donau Naturkost", "{w} Erstempfänger Süd", "{w} Bergkräuter Verarbeitung"],
    "DK": ["{w} Økologisk Import ApS", "{w} Grøn Høst Handel", "{w} Første Modtager Nord", "{w} Nordisk Bio Forarbejdning"],
    "SE": ["{w} Ekologisk Import AB", "{w} Gröna Skörden Handel", "{w} Första Mottagare Väst", "{w} Nordens Bio Förädling"],
    "PT": ["{w} Importação Biológica Lda", "{w} Quinta Verde Comércio", "{w} Primeiro Destinatário Sul", "{w} Conservas Bio Atlântico"],
    "IE": ["{w} Organic Imports Ltd", "{w} Green Harvest Trading", "{w} First Consignee West", "{w} Celtic Organic Processing"],
}
EU_ACTIVITIES = ["IMPORTER", "IMPORTER", "FIRST_CONSIGNEE", "PROCESSOR"]
THIRD = {
    "TR": ("Hayali", [("İzmir", "35210"), ("Antalya", "07100")], "+90 232", ["{w} Organik Kuru Meyve İhracat", "{w} Ege Bio Üretici"]),
    "IN": ("Fictional", [("Mumbai", "400001"), ("Kochi", "682001")], "+91 22", ["{w} Organic Spices Exports", "{w} Tea Garden Producers"]),
    "PE": ("Ficticia", [("Lima", "15001"), ("Cusco", "08001")], "+51 1", ["{w} Quinua Andina Exportadora", "{w} Cacao Orgánico Productores"]),
    "MX": ("Ficticia", [("Oaxaca", "68000"), ("Chiapas", "29000")], "+52 951", ["{w} Café Orgánico Exportaciones", "{w} Aguacate Bio Productores"]),
    "EC": ("Ficticia", [("Guayaquil", "090101"), ("Quito", "170101")], "+593 4", ["{w} Banano Orgánico Exportadora", "{w} Cacao Fino Productores"]),
    "UA": ("Vigadana", [("Kyiv", "01001"), ("Odesa", "65000")], "+380 44", ["{w} Organic Grain Export", "{w} Sunflower Bio Producers"]),
}
THIRD_ACTIVITIES = ["EXPORTER", "PRODUCER"]

CONTROL_BODIES = [
    ("Fictief Controle-instituut Bio", "NL", "NL-BIO-911", "NL BE TR"),
    ("Organisme Fictif de Contrôle Bio", "BE", "BE-BIO-912", "BE FR MA"),
    ("Fiktive Biokontrollstelle Alpen", "AT", "AT-BIO-913", "AT DE UA"),
    ("Fiktiv Økologisk Kontrol", "DK", "DK-ECO-914", "DK SE"),
    ("Fiktiv Ekologisk Certifiering", "SE", "SE-EKO-915", "SE DK IN"),
    ("Certificadora Fictícia Bio", "PT", "PT-BIO-916", "PT ES EC"),
    ("Fictional Organic Certification Ireland", "IE", "IE-ORG-917", "IE"),
    ("Fikcyjna Jednostka Certyfikująca Eko", "PL", "PL-EKO-918", "PL UA"),
    ("Entidad Ficticia de Control Ecológico", "ES", "ES-ECO-919", "ES PE MX"),
    ("Fictional Global Organic Control", "DE", "DE-OKO-920", "DE IN TR PE"),
    ("Fictional Andes Organic Control", "PE", "PE-BIO-921", "PE EC"),
    ("Fictional Indian Organic Control", "IN", "IN-ORG-922", "IN"),
    ("Ficticia Certificación Orgánica México", "MX", "MX-ORG-923", "MX"),
]
EU_STATES = ["DE", "FR", "IT", "PL", "ES", "NL", "BE", "AT", "DK", "SE", "PT", "IE"]


def row(**cells):
    out = {c: "" for c in COLUMNS}
    out["status"] = "valid"
    out.update(cells)
    return out


def main():
    rows = list(csv.DictReader(io.StringIO(FIXTURE.read_text(encoding="utf-8"))))
    have = {(r["kind"], r["country"], r["authority_role"]) for r in rows}
    number = 100
    for country, (word, street, cities, phone) in EU.items():
        for i, (template, activity) in enumerate(zip(EU_NAMES[country], EU_ACTIVITIES)):
            number += 1
            city, postcode = cities[i]
            rows.append(row(
                kind="operator", name=template.format(w=word), country=country,
                address=f"{street} {i + 1}", city=city, postcode=postcode,
                section="ORGANIC_OPERATOR", activity=activity,
                phone=f"{phone} {1000000 + number}",
                eori=f"{country}9000000000{number:05d}" if activity == "IMPORTER" else "",
            ))
    for country, (word, cities, phone, names) in THIRD.items():
        for i, (template, activity) in enumerate(zip(names, THIRD_ACTIVITIES)):
            number += 1
            city, postcode = cities[i]
            rows.append(row(
                kind="operator", name=template.format(w=word), country=country,
                address=f"Demo Road {i + 1}", city=city, postcode=postcode,
                section="ORGANIC_OPERATOR", activity=activity,
                email=f"contact{number}@demo-operators.example",
            ))
    for name, country, code, certified in CONTROL_BODIES:
        rows.append(row(kind="control_body", name=name, country=country, code=code,
                        certified_countries=certified))
    for country in EU_STATES:
        if ("authority", country, "BCP") not in have:
            rows.append(row(kind="authority", name=f"Fictional Border Control Post {country} (demo)",
                            country=country, authority_role="BCP"))
        if ("authority", country, "CCA") not in have:
            rows.append(row(kind="authority", name=f"Fictional Central Competent Authority {country} (demo)",
                            country=country, authority_role="CCA"))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    OUT.write_text(out.getvalue(), encoding="utf-8")
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} organisations {kinds}, "
          f"{len({r['country'] for r in rows})} countries")


if __name__ == "__main__":
    main()
