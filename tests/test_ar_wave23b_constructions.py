"""Arabic entity readings of the wave 2.3b pass (homographs, US officials), each with
sentences of our own."""

from diplomap.lexicon.linker import link_text

from conftest import event_quads


def _links(text: str) -> list[tuple[str, str]]:
    return [(m.entity_id, m.resolution) for m in link_text(text, "ar").mentions]


def test_common_word_name_is_the_state_in_a_coordination_of_states():
    # "Niger and Mali closed their borders", "Mali, Chad and Niger met"
    assert ("MLI", "name") in _links("أغلقت النيجر ومالي حدودهما.")
    assert ("MLI", "name") in _links("اجتمعت مالي، تشاد والنيجر في نيامي.")
    assert ("MLI", "name") in _links("وقعت مالي وغينيا اتفاقاً.")


def test_common_word_name_is_the_adjective_elsewhere():
    # "political and financial support for Sudan", "American military and financial aid"
    assert "MLI" not in {e for e, _ in _links("قدمت الدول دعماً سياسياً ومالياً للسودان.")}
    assert "MLI" not in {e for e, _ in _links("تلقت الحكومة دعماً عسكرياً أمريكياً ومالياً.")}
    assert "MLI" not in {e for e, _ in _links("أعلن الوزير عن عجز مالي كبير.")}


def test_bare_broken_plural_after_its_noun_and_beside_another_people():
    assert ("RUS", "adjective") in _links("وصل خبراء روس إلى المطار.")
    links = _links("التقى صحفيون أتراك وروس في المؤتمر.")
    assert ("RUS", "adjective") in links and ("TUR", "adjective") in links


def test_bare_broken_plural_after_the_conjunction_alone_is_a_surname():
    # "Smith and Ross refused to testify"
    assert "RUS" not in {e for e, _ in _links("رفض سميث وروس الإدلاء بشهادتيهما.")}


def test_us_legislative_leader_acts_for_the_united_states(pipeline):
    # "Pelosi criticised Russia": a speaker of the House is the United States
    found = event_quads(pipeline, "انتقدت نانسي بيلوسي روسيا بشدة يوم الثلاثاء.", "ar")
    assert ("USA", "ACCUSE", "RUS", "actual") in found


def test_full_name_surname_that_is_a_people_is_the_person():
    # "Wilbur Ross visited Beijing": the commerce secretary, not Russia
    links = _links("زار ويلبر روس بكين الأسبوع الماضي.")
    assert ("PER:ross_wilbur", "name") in links
    assert "RUS" not in {e for e, _ in links}


def test_time_adjunct_between_commas_ends_no_clause(pipeline):
    # "Japan, on Thursday, condemned Iran"; "Egypt, yesterday, announced its support for Sudan"
    found = event_quads(pipeline, "أدانت اليابان، يوم الخميس، إيران.", "ar")
    assert ("JPN", "ACCUSE", "IRN", "actual") in found
    found = event_quads(pipeline, "أعلنت مصر، أمس، دعمها للسودان.", "ar")
    assert ("EGY", "SUPPORT", "SDN", "actual") in found


def test_time_adjunct_may_open_with_a_preposition(pipeline):
    # "Germany, yesterday afternoon, announced its support for Ukraine"
    found = event_quads(pipeline, "أعلنت ألمانيا، بعد ظهر أمس، تأييدها لأوكرانيا.", "ar")
    assert ("DEU", "SUPPORT", "UKR", "actual") in found


def test_organ_noun_before_a_capital_is_the_state_organ(pipeline):
    # "a Tokyo court rejected the former minister's appeal"; "the Beijing authorities"
    assert ("CHN", "organ") in _links("قالت سلطات بكين إنها ستحقق في الحادث.")
    found = event_quads(pipeline, "رفضت محكمة طوكيو طعن الوزير الياباني السابق.", "ar")
    assert ("JPN", "REJECT", "JPN", "actual") in found


def test_floods_are_no_seoul():
    # "torrential floods swept the villages" vs "Seoul said it would respond"
    assert "KOR" not in {e for e, _ in _links("اجتاحت سيول جارفة القرى الجبلية.")}
    assert "KOR" not in {e for e, _ in _links("خلّفت أمطار وسيول أضراراً كبيرة.")}
    assert ("KOR", "metonym") in _links("قالت سيول إنها سترد على الإطلاق الصاروخي.")
