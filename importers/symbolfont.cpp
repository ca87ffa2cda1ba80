#include "symbolfont.h"

namespace thema {

QChar symbolFontChar(uint code)
{
    static const char16_t kLow[] =  // 0x20..0x7E
        u" !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼";
    static const char16_t kHigh[] =  // 0xA0..0xF2; 0xE6..0xF0 are bracket pieces
        u"€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…|―↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑\0\0\0\0\0\0\0\0\0\0\0〉∫";
    if (code >= 0xF000 && code <= 0xF0FF)
        code -= 0xF000;
    if (code >= 0x20 && code <= 0x7E)
        return QChar(kLow[code - 0x20]);
    if (code >= 0xA0 && code <= 0xF2)
        return QChar(kHigh[code - 0xA0]);
    return {};
}

}  // namespace thema
