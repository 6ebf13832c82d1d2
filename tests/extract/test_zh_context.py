"""Chinese extraction, issue 15: how a figure picks its measure, period, region and agency among
what its text names, and when it is flagged (made-up sentences, one behaviour each)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from narcokg.extract.draft import draft_document
from narcokg.extract.drafts import Draft, DraftMeasurement

GAZETTEER = Path(__file__).resolve().parents[2] / "graph" / "reference" / "regions.csv"


def _draft(text: str, published: date = date(2024, 7, 1)) -> Draft:
    return draft_document(text, "probe", published, file="p.txt", gazetteer_file=GAZETTEER)


def _by_quote(draft: Draft) -> dict[str, DraftMeasurement]:
    return {m.mention.quote: m for m in draft.measurements}


def test_public_security_organs_of_the_whole_country_are_the_ministrys() -> None:
    figures = _by_quote(_draft("国家禁毒办：2023年，全国公安机关共破获毒品案件3.9万起。"))
    assert figures["3.9万起"].agency == "ministry-of-public-security"


def test_public_security_organs_of_a_province_are_its_department() -> None:
    draft = _draft("湖南省禁毒委员会：2023年全省公安机关抓获犯罪嫌疑人5100名。")
    assert _by_quote(draft)["5100名"].agency == "hunan-public-security-department"
    assert draft.publisher == "hunan-narcotics-control-commission-office"


def test_an_unnamed_provincial_department_is_the_home_provinces() -> None:
    text = "江西省公安厅通报：今年上半年全省缴获毒品80公斤。\n省公安厅还侦破走私毒品案件12起。"
    figures = _by_quote(_draft(text))
    assert figures["12起"].agency == "jiangxi-public-security-department"


def test_a_figure_with_no_agency_in_its_paragraph_is_the_publishers() -> None:
    text = "广西禁毒委员会办公室发布消息。\n截至2023年底，全区现有吸毒人员6.8万名。"
    assert (
        _by_quote(_draft(text))["6.8万名"].agency == "guangxi-narcotics-control-commission-office"
    )


def test_a_cited_international_source_speaks_for_its_sentence_only() -> None:
    text = (
        "国家禁毒办：据联合国毒品和犯罪问题办公室统计，全球缴获可卡因约2000吨。"
        "全国破获案件1.2万起。"
    )
    figures = _by_quote(_draft(text))
    assert (figures["约2000吨"].agency, figures["约2000吨"].regions) == ("unodc", ("World",))
    assert (figures["1.2万起"].agency, figures["1.2万起"].regions) == ("nncc-office", ("China",))


def test_an_inherited_police_agency_gives_way_to_the_police_of_the_figures_own_place() -> None:
    text = "江苏省公安厅：2023年，南京市公安局破获毒品案件300起。苏州市缴获毒品40公斤。"
    draft = _draft(text)
    assert _by_quote(draft)["40公斤"].agency == "suzhou-jiangsu-public-security-bureau"
    assert "suzhou-jiangsu-public-security-bureau" in draft.agencies


def test_a_foreign_country_named_in_passing_does_not_place_a_figure() -> None:
    text = "云南省公安厅：2023年，省公安厅与老挝警方开展联合执法，侦破跨境贩毒案件21起。"
    assert _by_quote(_draft(text))["21起"].regions == ("Yunnan",)


def test_a_foreign_countrys_territory_places_a_figure() -> None:
    text = "云南省公安厅：2023年，在缅甸境内协助铲除罂粟种植面积约1.2万亩，缴获毒品3吨。"
    assert _by_quote(_draft(text))["3吨"].regions == ("Myanmar",)


def test_places_listed_before_respectively_go_to_the_figures_in_order() -> None:
    text = "浙江省禁毒办：2023年，杭州、宁波、温州三地分别破获毒品案件512起、436起、398起。"
    figures = _by_quote(_draft(text))
    places = [figures[q].regions[0] for q in ("512起", "436起", "398起")]
    assert places == ["Hangzhou", "Ningbo", "Wenzhou"]


def test_agencies_listed_before_respectively_place_and_attribute_their_figures() -> None:
    text = "海关总署：2023年，深圳海关、广州海关和昆明海关查获毒品分别为1.4吨、0.9吨和0.8吨。"
    figure = _by_quote(_draft(text))["0.9吨"]
    assert (figure.regions, figure.agency) == (("Guangzhou",), "guangzhou-customs")


def test_a_base_year_is_never_the_figures_period() -> None:
    text = "四川省公安厅：今年前三季度全省缴获毒品1.3吨，比2019年同期下降41%。"
    figures = _by_quote(_draft(text, date(2024, 10, 20)))
    assert {figures[q].period for q in ("1.3吨", "41%")} == {"2024-01-01/2024-09-30"}


def test_a_stock_date_is_not_the_period_of_a_flow() -> None:
    text = "武汉市公安局：截至2023年12月31日，全市在册吸毒人员6210名；全年新发现吸毒人员不足400名。"
    figures = _by_quote(_draft(text, date(2024, 1, 25)))
    assert figures["6210名"].period == "2023-12-31"
    assert (figures["6210名"].measure, figures["不足400名"].period) == (
        "drug-users-registered",
        "2023",
    )


def test_a_stock_stated_with_a_year_is_counted_at_its_end() -> None:
    figures = _by_quote(_draft("广东省公安厅：2023年全省现有吸毒人员12.3万名。"))
    assert figures["12.3万名"].period == "2023-12-31"


def test_months_without_a_year_after_the_publication_month_are_last_years() -> None:
    text = "厦门海关：1至11月，关区查获易制毒化学品2.6吨。"
    figure = _by_quote(_draft(text, date(2025, 1, 20)))["2.6吨"]
    assert (figure.period, figure.measure) == (
        "2024-01-01/2024-11-30",
        "drug-production-materials-seized",
    )


def test_since_a_year_runs_to_publication() -> None:
    figures = _by_quote(_draft("贵州省公安厅：2019年以来，全省累计破获毒品案件4.5万起。"))
    assert figures["4.5万起"].period == "2019-01-01/2024-07-01"


def test_a_paragraph_with_no_period_continues_the_first_figures_period() -> None:
    text = (
        "贵州省公安厅：2024年禁毒工作成效明显。今年1至11月，全省破获毒品案件2156起。\n"
        "贵阳市破获毒品案件603起。"
    )
    figures = _by_quote(_draft(text, date(2024, 12, 30)))
    assert figures["603起"].period == "2024-01-01/2024-11-30"


def test_a_figure_naming_no_noun_counts_what_the_figure_before_it_counts() -> None:
    text = "厦门海关：2024年，旅检渠道查获走私毒品案件21起，邮递渠道查获16起。"
    assert _by_quote(_draft(text))["16起"].measure == "drug-smuggling-cases-cracked"


def test_the_rest_of_the_clause_names_the_measure_when_the_words_before_do_not() -> None:
    figures = _by_quote(_draft("国家禁毒办：2023年，全国共对10种物质实施整类列管。"))
    assert figures["10种"].measure == "substances-newly-listed"


def test_people_in_community_treatment_are_in_treatment() -> None:
    text = "云南省禁毒办：截至2023年底，全省正在执行社区戒毒社区康复人员2.5万名。"
    assert _by_quote(_draft(text))["2.5万名"].measure == "drug-users-in-treatment"


def test_a_new_direction_inside_a_respectively_list_keeps_the_list() -> None:
    text = (
        "公安部：上半年全国破获毒品案件2.1万起，抓获嫌疑人3.2万名，缴获毒品12.6吨，"
        "同比分别下降5.2%、3.8%和上升11.4%。"
    )
    draft = _draft(text)
    quotes = {m.id: m.mention.quote for m in draft.measurements}
    links = {m.mention.quote: quotes.get(m.change_of or "") for m in draft.measurements}
    assert [links[q] for q in ("5.2%", "3.8%", "11.4%")] == ["2.1万起", "3.2万名", "12.6吨"]


def test_doses_law_parts_durations_and_criteria_are_not_figures() -> None:
    text = (
        "省禁毒办：走私海洛因10克以上不满50克的，处七年以上有期徒刑。部分旅客携带剂量不足1克。"
        "《禁毒条例》共6章58条。药品一般不超过3个月用量。全省破获毒品案件120起。"
    )
    assert [m.mention.quote for m in _draft(text).measurements] == ["120起"]


def test_a_quoted_word_is_not_an_operation_but_a_named_campaign_is() -> None:
    text = (
        "公安部：今年以来，全国抓获涉毒“明星”2名；"
        "破获毒品案件3000起，这是“清源断链”专项行动的成果。"
    )
    figures = _by_quote(_draft(text))
    assert figures["2名"].operation is None
    assert figures["3000起"].operation == "clear-the-source-break-the-chain-2024"


def test_a_figure_with_several_candidate_regions_is_never_high() -> None:
    text = (
        "四川省公安厅：今年前三季度，成都市破获毒品案件812起。\n"
        "与缅甸警方联合侦破跨境贩毒案件15起。"
    )
    figures = _by_quote(_draft(text, date(2024, 10, 20)))
    assert figures["15起"].confidence < 0.9
    assert any(note.startswith("several regions") for note in figures["15起"].review)


def test_a_figure_whose_fields_each_had_one_candidate_is_high() -> None:
    figures = _by_quote(_draft("深圳市公安局：2023年全市公安机关共侦破毒品刑事案件1286起。"))
    assert figures["1286起"].confidence >= 0.9


def test_a_list_of_drugs_closed_by_deng_counts_all_drugs() -> None:
    figures = _by_quote(_draft("广东省公安厅：2023年，全省共缴获冰毒、海洛因等各类毒品2.3吨。"))
    assert figures["2.3吨"].measure == "drugs-seized"


def test_a_list_item_naming_an_unknown_drug_does_not_take_another_items_drug() -> None:
    text = "公安部：2023年，全国共缴获毒品25.9吨，其中海洛因2.8吨、氯胺酮1.5吨。"
    assert _by_quote(_draft(text))["1.5吨"].measure == "drugs-seized"


def test_a_provincial_department_keeps_the_figures_of_its_own_cities() -> None:
    text = "广东省公安厅：2023年，全省破获毒品案件9000起。深圳市破获毒品案件1200起。"
    figure = _by_quote(_draft(text))["1200起"]
    assert (figure.regions, figure.agency) == (
        ("Shenzhen",),
        "guangdong-public-security-department",
    )


def test_the_whole_of_an_autonomous_region_and_its_department_by_full_name() -> None:
    draft = _draft("广西壮族自治区公安厅：2023年，全区公安机关共破获毒品案件5100起。")
    figure = _by_quote(draft)["5100起"]
    assert (figure.regions, figure.agency) == (("Guangxi",), "guangxi-public-security-department")


def test_the_whole_of_a_municipality() -> None:
    text = "重庆市禁毒办：\n2023年，全市破获毒品案件1400起。"
    assert _by_quote(_draft(text))["1400起"].review == []


def test_a_quarter_without_di_a_range_of_years_and_to_date() -> None:
    text = (
        "重庆市公安局：今年一季度，全市破获毒品案件320起。2019年至2023年，全市累计缴获毒品3.1吨。"
        "截至目前，全市现有吸毒人员2.8万名。"
    )
    figures = _by_quote(_draft(text))
    periods = [figures[q].period for q in ("320起", "3.1吨", "2.8万名")]
    assert periods == ["2024-Q1", "2019-01-01/2023-12-31", "2024-07-01"]


def test_a_cited_sources_figure_with_no_period_of_its_own_is_flagged() -> None:
    text = (
        "云南省公安厅：2023年，全省破获毒品案件1.1万起。"
        "据联合国毒品和犯罪问题办公室统计，全球缴获可卡因约2000吨。"
    )
    assert _by_quote(_draft(text))["约2000吨"].confidence < 0.9
