"""Gives the fuzzed server something to aim at: one request and one survey.
Prints `reference survey_id`. Usage: seed.py BASE_URL TOKEN"""
import json
import sys
import urllib.request

base, token = sys.argv[1], sys.argv[2]


def call(method, path, body=None, auth=False):
    request = urllib.request.Request(base + path, method=method)
    request.add_header("Content-Type", "application/json")
    if auth:
        request.add_header("Authorization", "Bearer " + token)
    data = None if body is None else json.dumps(body).encode()
    with urllib.request.urlopen(request, data) as response:
        return json.load(response)


application = {
    "structure": {
        "kind": "association",
        "name": "Les Jardins partagés du Bas-Pays",
        "identifier": "W751515517",
        "purpose": "Faire vivre des jardins partagés ouverts à tous les habitants du quartier.",
        "activities": "Ateliers de jardinage, troc de graines, repas de quartier.",
        "country": "FR",
        "postal_code": "75011",
        "french_speaking": True,
    },
    "needs": {"accounts": 12, "storage_gb": 10, "apps": ["files"]},
    "contact": {"name": "Camille Martin", "email": "camille@example.org"},
    "motivation": "Nous partageons nos fichiers par courriel et perdons des versions.",
    "consents": {"terms": True, "surveys": True},
    "locale": "fr",
}
reference = call("POST", "/api/applications", application)["reference"]
template = call("GET", "/api/review/surveys/template", auth=True)
survey = call("POST", "/api/review/surveys", {"definition": template, "phases": [1]}, auth=True)
print(reference, survey["summary"]["id"])
