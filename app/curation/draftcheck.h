#pragma once
// `asean-catalogue validate`: checks the draft catalogue as publish will need it, without
// changing anything: the database is whole, every original it names is in the media store
// with the right checksum, and every entry has the English text other languages fall back to.

#include "problem.h"

class ContentRoot;

namespace DraftCheck {

struct Report {
    Problems problems;
    int countries = 0;
    int themes = 0;
    int items = 0;
    int media = 0;
};

Report run(const ContentRoot &root);

}  // namespace DraftCheck
