#pragma once
// The interface's fonts: Noto Sans for Latin and Vietnamese, and for every other script the
// Noto family made for it. Without this, fontconfig draws Lao with DejaVu and shapes Burmese
// with a font that lacks its OpenType tables.

namespace Fonts {

// Makes the application font Noto Sans and names the family to use for each other script.
void install();

}  // namespace Fonts
