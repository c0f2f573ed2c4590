"""The words quantities are written with: units and their sizes, currencies, magnitudes,
spelled numbers, hedges and frequencies.

Depends on nothing. Every size is in its dimension's base unit (grams, metres, litres, days,
percent, one currency each), so that values written in different units compare directly.
"""
from __future__ import annotations

# a unit word (folded) -> (dimension, size in the dimension's base unit, canonical name)
UNIT_TABLE: dict[str, tuple[str, float, str]] = {}


def _define(dimension: str, size: float, canonical: str, *words: str) -> None:
    for word in words:
        UNIT_TABLE[word] = (dimension, size, canonical)


_define("percent", 1.0, "%", "%", "percent", "per cent", "pct")
_define("points", 1.0, "percentage points", "percentage points", "percentage point")
_define("mass", 1e-6, "µg", "mcg", "µg", "microgram", "micrograms")
_define("mass", 1e-3, "mg", "mg", "milligram", "milligrams", "milligramme", "milligrammes")
_define("mass", 1.0, "g", "g", "gram", "grams", "gramme", "grammes")
_define("mass", 1e3, "kg", "kg", "kilogram", "kilograms", "kilo", "kilos")
_define("mass", 1e6, "t", "tonne", "tonnes", "ton", "tons", "metric tons")
_define("mass", 28.349523125, "oz", "oz", "ounce", "ounces")
_define("mass", 453.59237, "lb", "lb", "lbs")
_define("length", 1e-3, "mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_define("length", 1e-2, "cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_define("length", 1.0, "m", "metre", "metres", "meter", "meters")
_define("length", 1e3, "km", "km", "kilometre", "kilometres", "kilometer", "kilometers")
_define("length", 0.0254, "in", "inch", "inches")
_define("length", 0.3048, "ft", "ft", "foot", "feet")
_define("length", 0.9144, "yd", "yard", "yards")
_define("length", 1609.344, "mi", "mile", "miles")
_define("volume", 1e-3, "ml", "ml", "millilitre", "millilitres", "milliliter", "milliliters")
_define("volume", 1.0, "l", "litre", "litres", "liter", "liters")
_define("volume", 3.785411784, "gal", "gallon", "gallons")
_define("area", 4046.8564224, "acre", "acre", "acres")
_define("area", 1e4, "ha", "hectare", "hectares")
_define("time", 1 / 86400, "s", "second", "seconds", "sec", "secs")
_define("time", 1 / 1440, "min", "minute", "minutes", "min", "mins")
_define("time", 1 / 24, "h", "hour", "hours", "hr", "hrs")
_define("time", 1.0, "day", "day", "days")
_define("time", 7.0, "week", "week", "weeks")
_define("time", 30.4375, "month", "month", "months")
_define("time", 365.25, "year", "year", "years", "yr", "yrs")
_define("time", 3652.5, "decade", "decade", "decades")
_define("time", 36525.0, "century", "century", "centuries")
_define("degrees", 1.0, "°", "degree", "degrees")
# temperatures, in degrees Celsius: a Fahrenheit degree is 5/9 of one, counted from 32 below
# the freezing point (``UNIT_OFFSET``), so "40C" and "104F" are one value
_define("temperature", 1.0, "°C", "celsius", "centigrade", "degrees celsius", "degree celsius",
        "degrees centigrade", "degrees c", "°c")
_define("temperature", 5 / 9, "°F", "fahrenheit", "degrees fahrenheit", "degree fahrenheit",
        "degrees f", "°f")
UNIT_OFFSET = {"°F": -32 * 5 / 9}  # in the base unit, added after the size
_define("money:USD", 1.0, "$", "dollar", "dollars")
_define("money:USD", 0.01, "cent", "cent", "cents")
_define("money:EUR", 1.0, "€", "euro", "euros")
_define("money:JPY", 1.0, "¥", "yen")
_define("pound", 1.0, "pound", "pound", "pounds")  # money or weight: comparable only with itself

CURRENCY = {"$": "money:USD", "US$": "money:USD", "€": "money:EUR", "£": "money:GBP",
             "¥": "money:JPY"}
MAGNITUDE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
              "trillion": 1e12}
# letters written straight after the digits: "24bn", "16mg", "3%"; "m" and "b" are a
# magnitude only after a currency sign ("$5m"), "m" is metres otherwise
GLUED_MAGNITUDE = {"k": 1e3, "mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12}
GLUED_UNITS = frozenset({"%", "mg", "g", "kg", "km", "cm", "mm", "ml", "mcg", "µg", "lb", "lbs",
                          "oz", "ft", "hr", "hrs", "yr", "yrs", "min", "mins"})
GLUED_TEMPERATURES = {"C": "°c", "F": "°f"}  # "40C", "104F", "40°C", "40 °F"

ONES = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (n + 2) for n, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
# a plural scale word is a vague count: (low, high)
VAGUE = {"dozens": (24.0, 144.0), "hundreds": (200.0, 999.0), "thousands": (2e3, 999_999.0),
          "millions": (2e6, 999_999_999.0), "billions": (2e9, 999e9)}
HEDGES = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "close to": "nearly",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "just over": "more than",
    "more than": "more than", "over": "more than", "above": "more than",
    "upwards of": "more than", "in excess of": "more than", "at least": "at least",
    "no fewer than": "at least", "no less than": "at least", "up to": "up to",
    "at most": "up to", "as many as": "up to", "as much as": "up to", "no more than": "up to",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than",
}
PER_DAYS = {"hour": 1 / 24, "day": 1.0, "night": 1.0, "week": 7.0, "month": 30.4375,
             "year": 365.25}
ADVERB_PER = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
               "monthly": "month", "yearly": "year", "annually": "year"}
TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


SPELLED_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety dozen dozens tens hundred hundreds thousand thousands million millions billion "
    "billions trillion century decade half".split())
# unit words that are too often something else when written apart from the number
NOT_SPACED_UNITS = frozenset({"in", "min", "m", "g", "l", "s", "h", "t", "mi", "yd", "ha"})
PLURALS = frozenset("people women men children police staff mice feet teeth cattle".split())
NOUN_STOP = frozenset("""
a an the of to in on at for and or but by with from as that this these those it its is was are
were be been being has have had will would can could may might shall should do does did not
so than then there their they them he she his her him we our us you your which who whom what
when where while if into over about after before up down out also just very such per each
more most less fewer other only same all some any
""".split())


# words before a number that make it a label rather than an amount: "phase 2", "type 1",
# "grade 8C" (a grade, not a temperature)
LABEL_WORDS = frozenset("""phase type stage grade level tier class category article section
chapter round room gate flight route highway interstate channel version no. number""".split())
