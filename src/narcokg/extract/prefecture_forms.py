"""(round 43, issue 14) Chinese prefectures as English releases and machine translations name
them where the gazetteer (graph/reference/cities.csv) writes another form or has no row.

- The Hanyu Pinyin of a prefecture the gazetteer names by its Tibetan, Uyghur or Mongolian form
  ("Diqing prefecture" for 迪庆, the Dêqên Tibetan Autonomous Prefecture; "Yili Prefecture" for
  伊犁, the Ili Kazakh Autonomous Prefecture): the same division.
- A prefecture cities.csv leaves out (its header lists them: the Wikidata snapshot's label or
  code did not match) is in the smallest gazetteer region holding it, its province, as the
  answer keys take it ("Qiannan state public security bureau": Guizhou), never the country.

Read by :func:`.gazetteer.find_regions` beside the other aliases; a longer gazetteer name still
wins ("Liangshan County" of Shandong).
"""

from __future__ import annotations

#: Pinyin form -> the gazetteer's name of the same prefecture (general knowledge: the Chinese
#: names of cities.csv's label_zh column read in Hanyu Pinyin).
PINYIN_FORMS = {
    "Diqing": "Dêqên Tibetan Autonomous Prefecture",  # 迪庆
    "Yili": "Ili Kazakh Autonomous Prefecture",  # 伊犁
    "Ganzi": "Garzê Tibetan Autonomous Prefecture",  # 甘孜
    "Guoluo": "Golog Tibetan Autonomous Prefecture",  # 果洛
    "Hetian": "Hotan Prefecture",  # 和田
    "Akesu": "Aksu Prefecture",  # 阿克苏
    "Kezilesu": "Kizilsu Kyrgyz Autonomous Prefecture",  # 克孜勒苏
    "Bayinguoleng": "Bayingolin Mongol Autonomous Prefecture",  # 巴音郭楞
    "Boertala": "Bortala Mongol Autonomous Prefecture",  # 博尔塔拉
    "Rikaze": "Shigatse",  # 日喀则
    "Changdu": "Chamdo",  # 昌都
    "Linzhi": "Nyingchi",  # 林芝
    "Naqu": "Nagqu",  # 那曲
    "Hulunbeier": "Hulunbuir",  # 呼伦贝尔
    "Eerduosi": "Ordos",  # 鄂尔多斯
    "Xilinguole": "Xilingol League",  # 锡林郭勒
}

#: A prefecture cities.csv's header says it leaves out -> its province (general knowledge).
LEFT_OUT_PREFECTURES = {
    "Liangshan": "Sichuan",  # 凉山彝族自治州
    "Qiannan": "Guizhou",  # 黔南布依族苗族自治州
    "Ma'anshan": "Anhui",
    "Guilin": "Guangxi",
    "Hinggan League": "Inner Mongolia",
    "Alxa League": "Inner Mongolia",
    "Haidong": "Qinghai",
    "Haibei": "Qinghai",  # 海北藏族自治州
}

PREFECTURE_FORMS = PINYIN_FORMS | LEFT_OUT_PREFECTURES
