#!/usr/bin/env python3
"""Replays the Spanish interview of docs/interview.md: a Nicaraguan asylum seeker registering at
the Costa Rica office on 2023-08-15. Each turn runs `eligibility questions --lang es` on the answers
so far, asks the first question, and answers it from the profile below (or declines it when the
profile has no answer). Prints each turn, then the final Spanish report's statuses.
Run from the project root after `mvn -B -q package -DskipTests`."""
import json, subprocess, sys

JAR = "eligibility-cli/target/eligibility-cli.jar"
PROFILE = {  # what the applicant would answer; absent: "no lo sé" (declined)
    "dateOfBirth": "1999-12-01", "nationalities": ["NI"],
    "residence": {"country": "CR", "status": "ASYLUM_SEEKER", "arrivalDate": "2022-10-03"},
    "protection": {"pastPersecution": True, "fearOfPersecution": True, "grounds": ["POLITICAL_OPINION"],
                   "participatedInPersecution": False, "firmResettlementOffer": False, "securityConcerns": []},
    "maritalStatus": "SINGLE", "usRelatives": [],
    "usHistory": {"immigrantVisaIssued": False, "irregularEntryDates": [], "interdictionDates": []},
    "employment": {"education": "BACHELOR", "experienceYears": 2, "jobOffers": []},
}

def cli(*args, stdin):
    return subprocess.run(["java", "-jar", JAR, *args], input=stdin, capture_output=True, text=True, check=False).stdout

def get(tree, path):
    for part in path.split("."):
        if not isinstance(tree, dict) or part not in tree:
            return None
        tree = tree[part]
    return tree

def put(tree, path, value):
    parts = path.split(".")
    for part in parts[:-1]:
        tree = tree.setdefault(part, {})
    tree[parts[-1]] = value

answers = {"id": "ni-cr-1", "office": "CR", "applicationDate": "2023-08-15"}
declined = []
turn = 0
while True:
    out = json.loads(cli("questions", "--lang", "es", "-", stdin=json.dumps({"applicant": answers, "declined": declined})))
    questions = out["questions"]
    if not questions:
        print(f"Turno {turn + 1}: no queda ninguna pregunta que pueda cambiar un estado.")
        break
    turn += 1
    q = questions[0]
    value = get(PROFILE, q["field"])
    kind = q["answer"]["type"]
    print(f"Turno {turn} ({len(questions)} preguntas pendientes): {q['field']} [{kind}] -> {', '.join(q['scopes'])}")
    print(f"  «{q['text']}»")
    if value is None:
        declined.append(q["field"])
        print("  respuesta: no lo sabe (declined)")
    else:
        put(answers, q["field"], value)
        print(f"  respuesta: {json.dumps(value, ensure_ascii=False)}")

report = json.loads(cli("evaluate", "--lang", "es", "-", stdin=json.dumps(answers)))
print()
print(f"Acceso: {report['access']['status']}")
for p in report["pathways"]:
    print(f"{p['pathway']}: {p['status']}")
print()
ref = next(p for p in report["pathways"] if p["pathway"] == "REFUGEE_RESETTLEMENT")
for c in ref["criteria"]:
    print(f"{c['id']} {c['outcome']}: {c['reason']}")
