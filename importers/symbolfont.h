#pragma once

#include <QChar>

namespace thema {

/**
 * The character the Symbol font draws at @p code (Adobe Symbol encoding, 0x20..0xFF; the private-use F020..F0FF
 * range Word uses for symbol fonts is accepted too), e.g. 0x61 → α, 0xDE → ⇒. A null QChar where the font has
 * no character (bracket-building pieces).
 */
QChar symbolFontChar(uint code);

}  // namespace thema
