#pragma once
// `asean-catalogue validate`: checks the draft catalogue as publish will need it, without
// changing anything: the database is whole, every original it names is in the media store
// with the right checksum, and every entry has the English text other languages fall back to.
// It warns about schedules that look wrong: an entry whose last day has passed, a hall name
// no hall file in the content root's halls/ folder gives as its [hall] id.

#include "problem.h"

#include <QDate>
#include <QStringList>

class ContentRoot;

namespace DraftCheck {

struct Report {
    Problems problems;
    Problems warnings;  // publish goes ahead; the curator looks
    int countries = 0;
    int themes = 0;
    int items = 0;
    int media = 0;
};

// `today` is the day schedules are checked against.
Report run(const ContentRoot &root, const QDate &today);

// The hall names the hall files (*.ini) in `folder` give as [hall] id.
QStringList hallNamesIn(const QString &folder);

}  // namespace DraftCheck
