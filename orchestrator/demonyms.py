"""A country's adjective as its name: "Belgian companies" are Belgium's, "the Latvian
economy" Latvia's, so that a story and a release that name the country in different forms
agree on it. Pure data; subjects.py reads each demonym as its country's name.
"""

from __future__ import annotations

__all__ = ["COUNTRY_OF"]

_PAIRS = """
afghan afghanistan; albanian albania; algerian algeria; angolan angola; argentine argentina;
argentinian argentina; armenian armenia; australian australia; austrian austria;
azerbaijani azerbaijan; bangladeshi bangladesh; belarusian belarus; belgian belgium;
bolivian bolivia; bosnian bosnia; brazilian brazil; british britain; bulgarian bulgaria;
cambodian cambodia; cameroonian cameroon; canadian canada; chilean chile; chinese china;
colombian colombia; croatian croatia; cuban cuba; cypriot cyprus; czech czechia; danish denmark;
dutch netherlands; ecuadorian ecuador; egyptian egypt; emirati emirates; english england;
estonian estonia; ethiopian ethiopia; fijian fiji; filipino philippines; finnish finland;
french france; georgian georgia; german germany; ghanaian ghana; greek greece;
guatemalan guatemala; hungarian hungary; icelandic iceland; indian india; indonesian indonesia;
iranian iran; iraqi iraq; irish ireland; israeli israel; italian italy; ivorian ivory;
jamaican jamaica; japanese japan; jordanian jordan; kazakh kazakhstan; kenyan kenya;
korean korea; kuwaiti kuwait; latvian latvia; lebanese lebanon; libyan libya;
lithuanian lithuania; luxembourgish luxembourg; malaysian malaysia; maltese malta;
mexican mexico; moroccan morocco; mozambican mozambique; nepali nepal; nepalese nepal;
nigerian nigeria; norwegian norway; pakistani pakistan; panamanian panama;
paraguayan paraguay; peruvian peru; polish poland; portuguese portugal; qatari qatar;
romanian romania; russian russia; rwandan rwanda; saudi saudi; scottish scotland;
senegalese senegal; serbian serbia; singaporean singapore; slovak slovakia;
slovenian slovenia; spanish spain; sri-lankan sri; swedish sweden; swiss switzerland;
syrian syria; taiwanese taiwan; tanzanian tanzania; thai thailand; tunisian tunisia;
turkish turkey; ugandan uganda; ukrainian ukraine; uruguayan uruguay; uzbek uzbekistan;
venezuelan venezuela; vietnamese vietnam; welsh wales; zambian zambia; zimbabwean zimbabwe
"""

COUNTRY_OF: dict[str, str] = dict(
    pair.split() for pair in _PAIRS.replace("\n", " ").split(";") if pair.strip()
)
