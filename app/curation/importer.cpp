#include "importer.h"

#include "contentroot.h"
#include "curatortext.h"
#include "derivedimage.h"
#include "draft.h"
#include "entries.h"
#include "languages.h"
#include "mediaprobe.h"
#include "mediastore.h"
#include "schedule.h"
#include "spreadsheetdamage.h"
#include "suggestion.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <functional>

namespace {

const QHash<QString, int> &maxTextLength()
{
    static const QHash<QString, int> limits = {
        {QStringLiteral("name"), 80},          {QStringLiteral("capital"), 80},
        {QStringLiteral("languages"), 160},    {QStringLiteral("title"), 120},
        {QStringLiteral("description"), 1200}, {QStringLiteral("place"), 160},
        {QStringLiteral("credit"), 200},       {QStringLiteral("native_name"), 80},
        {QStringLiteral("licence"), 200},      {QStringLiteral("pronunciation"), 120},
    };
    return limits;
}

bool isValidDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    if (!pattern.match(text).hasMatch())
        return false;
    const QString full = text.size() == 4   ? text + QStringLiteral("-01-01")
                         : text.size() == 7 ? text + QStringLiteral("-01")
                                            : text;
    return QDate::fromString(full, Qt::ISODate).isValid();
}

// What to write instead of `text`, which is no date: its readings when Excel rewrote it,
// else the forms there are.
QString dateProblem(const QString &text, const QString &forms)
{
    const QString excel = SpreadsheetDamage::excelDate(text);
    return excel.isEmpty() ? QStringLiteral("\"%1\" is not a date; write %2.").arg(text, forms)
                           : excel;
}

// A file the manifest names, found and checked.
struct MediaRef {
    QString source;  // absolute path in the media folder
    QString hash;
    MediaProbe::Info info;
};

class ImportRun {
public:
    ImportRun(const ContentRoot &root, const QStringList &manifests, const QString &mediaDir)
        : m_root(root), m_mediaDir(QDir::cleanPath(QFileInfo(mediaDir).canonicalFilePath()))
    {
        for (const QString &path : manifests)
            ManifestReader::read(path, &m_manifest, &m_report.problems);
        normaliseTexts();
    }
    // A manifest made here (removals named on the command line): it names no files.
    ImportRun(const ContentRoot &root, const Manifest &manifest)
        : m_root(root), m_manifest(manifest)
    {
    }

    Importer::Report run(bool dryRun, bool strict)
    {
        if (m_mediaDir.isEmpty() && namesFiles()) {
            problem({}, QStringLiteral("the media folder does not exist; give it with --media."));
            return m_report;
        }
        // What could be read is checked even when reading found problems (the references,
        // the media), so a curator sees every problem in one pass; then nothing is written.
        dryRun = dryRun || !m_report.ok();
        QString error;
        if (!dryRun && !m_root.ensureLayout(&error)) {
            problem({}, error);
            return m_report;
        }
        if (!openDraft(dryRun))
            return m_report;
        validate();
        if (strict) {
            m_report.problems += m_report.warnings;
            m_report.warnings.clear();
        }
        m_report.countries = kept(m_manifest.countries);
        m_report.themes = kept(m_manifest.themes);
        m_report.items = kept(m_manifest.items);
        m_report.removed =
            int(m_manifest.countries.size() + m_manifest.themes.size() + m_manifest.items.size()) -
            m_report.countries - m_report.themes - m_report.items;
        if (!m_report.ok())
            return m_report;
        const Rows rows = draftRows();
        m_report.changes = CatalogueChanges::between(m_before, after(rows));
        if (dryRun)
            return m_report;
        if (storeMedia() && write(rows)) {
            m_report.applied = true;
            deriveSizes();
        }
        return m_report;
    }

private:
    template <typename Entries>
    static int kept(const Entries &entries)
    {
        return int(std::count_if(entries.begin(), entries.end(),
                                 [](const auto &entry) { return !entry.remove; }));
    }

    bool namesFiles() const
    {
        return std::any_of(m_manifest.countries.begin(), m_manifest.countries.end(),
                           [](const ManifestCountry &c) { return !c.flag.isEmpty(); }) ||
               kept(m_manifest.items) > 0;
    }

    // A problem at a path of the manifest (items[3].file), or with a file of its own.
    void problem(const QString &where, const QString &message, const QString &file = {})
    {
        m_report.problems.append(file.isEmpty() ? m_manifest.problemAt(where, message)
                                                : Problem{file, {}, {}, message});
    }

    // Every text a visitor reads, composed (NFC) before it is checked and stored, whichever
    // form the curator's editor saved.
    void normaliseTexts()
    {
        const auto normalise = [](Texts *texts) {
            for (auto field = texts->begin(); field != texts->end(); ++field)
                for (auto text = field->begin(); text != field->end(); ++text)
                    *text = CuratorText::normalised(*text);
        };
        for (ManifestCountry &c : m_manifest.countries) {
            c.nativeName = CuratorText::normalised(c.nativeName);
            normalise(&c.texts);
        }
        for (ManifestTheme &t : m_manifest.themes)
            normalise(&t.texts);
        for (ManifestItem &item : m_manifest.items) {
            item.licence = CuratorText::normalised(item.licence);
            normalise(&item.texts);
        }
    }

    // The problems of one text a visitor reads, at `where`.
    void checkText(const QString &where, const QString &field, const QString &text)
    {
        for (const QString &message :
             CuratorText::problems(text, maxTextLength().value(field, 200)))
            problem(where, message);
    }

    bool openDraft(bool dryRun)
    {
        if (dryRun && !QFileInfo::exists(m_root.draftCatalogue()))
            return true;  // nothing to compare with: an empty catalogue
        if (!m_draft.open(m_root, dryRun ? Draft::Access::ReadOnly : Draft::Access::ReadWrite)) {
            problem({}, m_draft.errorString(), m_root.draftCatalogue());
            return false;
        }
        m_countries = m_draft.countryCodes();
        m_themes = m_draft.themeIds();
        m_countryNames = m_draft.countryCodesByName();
        m_uses = m_draft.itemUses();
        QString error;
        if (!CatalogueEntries::read(m_root.draftCatalogue(), SqlConnection::Mode::ReadOnly,
                                    &m_before, &error)) {
            problem({}, QStringLiteral("the draft catalogue cannot be read (%1).").arg(error),
                    m_root.draftCatalogue());
            return false;
        }
        return true;
    }

    // Finds a file named by the manifest inside the media folder, refusing every way out of it.
    QString locate(const QString &where, const QString &name)
    {
        if (QDir::isAbsolutePath(name) ||
            name.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            problem(where, QStringLiteral("\"%1\" must be a path inside the media folder, without "
                                          "\"..\" and not absolute.")
                               .arg(name));
            return {};
        }
        const QFileInfo info(m_mediaDir + QLatin1Char('/') + name);
        const QString real = info.canonicalFilePath();
        if (real.isEmpty() || !info.isFile()) {
            const QString other = sameButCapitals(name);
            problem(where, other.isEmpty()
                               ? QStringLiteral("the file \"%1\" is not in the media folder %2; "
                                                "add it or correct the name.")
                                     .arg(name, m_mediaDir)
                               : QStringLiteral("the media folder has %1 (capitals differ); write "
                                                "the name as it is there.")
                                     .arg(other));
            return {};
        }
        if (!real.startsWith(m_mediaDir + QLatin1Char('/'))) {
            problem(where, QStringLiteral("\"%1\" is a link that leads outside the media folder; "
                                          "copy the file itself into the folder.")
                               .arg(name));
            return {};
        }
        return real;
    }

    // The file of the media folder named `name` but for capitals (Th-Muay-Thai.JPG for
    // th-muay-thai.jpg), relative to the folder; empty when there is none. The kiosks' disks
    // tell capitals apart, so the name must be as it is.
    QString sameButCapitals(const QString &name)
    {
        if (m_mediaByFolded.isEmpty()) {
            QDirIterator it(m_mediaDir, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString relative = QDir(m_mediaDir).relativeFilePath(it.next());
                m_mediaByFolded.insert(relative.toLower(), relative);
            }
        }
        return m_mediaByFolded.value(QDir::cleanPath(name).toLower());
    }

    bool checkMedia(const QString &where, const QString &name, bool video, MediaRef *ref)
    {
        ref->source = locate(where, name);
        if (ref->source.isEmpty())
            return false;
        ref->info =
            video ? MediaProbe::probeVideo(ref->source) : MediaProbe::probeImage(ref->source);
        if (!ref->info.error.isEmpty()) {
            problem(where, QStringLiteral("\"%1\" %2").arg(name, ref->info.error));
            return false;
        }
        ref->hash = MediaStore::hashFile(ref->source);
        return !ref->hash.isEmpty();
    }

    void checkTexts(const QString &where, const Texts &texts, const QStringList &required,
                    const QStringList &reviewed)
    {
        for (const QString &language : reviewed) {
            if (!Languages::isKnown(language))
                problem(where + QStringLiteral(".reviewed"),
                        QStringLiteral("\"%1\" is not a language the kiosk offers; use one of "
                                       "%2.")
                            .arg(language, Languages::all().join(QStringLiteral(", "))));
        }
        for (const QString &field : required) {
            if (texts.value(field).value(QStringLiteral("en")).trimmed().isEmpty())
                problem(where + QLatin1Char('.') + field + QStringLiteral(".en"),
                        QStringLiteral("an English %1 is required: other languages fall back to "
                                       "it; add it.")
                            .arg(field));
        }
        for (auto field = texts.begin(); field != texts.end(); ++field) {
            for (auto text = field->begin(); text != field->end(); ++text) {
                const QString at =
                    where + QLatin1Char('.') + field.key() + QLatin1Char('.') + text.key();
                if (!Languages::isKnown(text.key()))
                    problem(at,
                            QStringLiteral("\"%1\" is not a language the kiosk offers; use one of "
                                           "%2.")
                                .arg(text.key(), Languages::all().join(QStringLiteral(", "))));
                checkText(at, field.key(), *text);
                const QString lost = SpreadsheetDamage::lostScript(*text, text.key());
                if (!lost.isEmpty())
                    m_report.warnings.append(m_manifest.problemAt(at, lost));
            }
        }
    }

    // `seen` holds where each key was first met, so a second one names the first's place.
    void checkUnique(QHash<QString, QString> *seen, const QString &where, const QString &key,
                     const QString &what)
    {
        if (key.isEmpty())
            return;
        const auto first = seen->constFind(key);
        if (first == seen->constEnd())
            seen->insert(key, where);
        else
            problem(where, QStringLiteral("the %1 \"%2\" is already at %3; keep one, or give "
                                          "this one another.")
                               .arg(what, key, m_manifest.problemAt(*first, {}).place()));
    }

    void validate()
    {
        validateCountries();
        validateThemes();
        validateItems();
        checkRemovals();
    }

    // A removal names what the draft holds; nothing else of its entry is read.
    bool removal(const QString &where, bool remove, bool known, const QString &what,
                 const QString &key)
    {
        if (remove && !key.isEmpty() && !known)
            problem(where, QStringLiteral("there is no %1 \"%2\" in the catalogue to remove; "
                                          "check the spelling.")
                               .arg(what, key));
        return remove;
    }

    // What would be left without its state or theme: the draft's items that this manifest
    // neither changes nor removes, and the items it writes, that name `key`.
    QStringList itemsUsing(const QString &key, bool country) const
    {
        QSet<QString> touched;
        QStringList users;
        for (const ManifestItem &item : m_manifest.items) {
            touched.insert(item.id);
            if (!item.remove && (country ? item.country == key : item.themes.contains(key)))
                users.append(item.id);
        }
        for (auto it = m_uses.begin(); it != m_uses.end(); ++it) {
            if (!touched.contains(it.key()) &&
                (country ? it->country == key : it->themes.contains(key)))
                users.append(it.key());
        }
        users.sort();
        return users;
    }

    void refuseIfUsed(const QString &where, const QString &what, const QString &key, bool country)
    {
        const QStringList users = itemsUsing(key, country);
        if (!users.isEmpty())
            problem(where, QStringLiteral("the %1 \"%2\" cannot be removed while items use it: %3. "
                                          "Remove those items too, or give them another.")
                               .arg(what, key, users.join(QStringLiteral(", "))));
    }

    void checkRemovals()
    {
        for (const ManifestCountry &c : std::as_const(m_manifest.countries))
            if (c.remove)
                refuseIfUsed(c.where, QStringLiteral("member state"), c.code, true);
        for (const ManifestTheme &t : std::as_const(m_manifest.themes))
            if (t.remove)
                refuseIfUsed(t.where, QStringLiteral("theme"), t.id, false);
    }

    // A day an entry is shown from or until: a whole date, which exists.
    bool checkDay(const QString &at, const QString &text)
    {
        if (text.isEmpty() || (text.size() == 10 && isValidDate(text)))
            return true;
        problem(at, text.size() == 10 || !isValidDate(text)
                        ? dateProblem(text, QStringLiteral("YYYY-MM-DD"))
                        : QStringLiteral("\"%1\" is not a whole day; write the day as "
                                         "YYYY-MM-DD, for example %1%2.")
                              .arg(text, text.size() == 4 ? QStringLiteral("-01-01")
                                                          : QStringLiteral("-01")));
        return false;
    }

    // Two days that bound a window: each a day, the first not after the last.
    void checkWindow(const QString &where, const QString &fromField, const QString &from,
                     const QString &untilField, const QString &until)
    {
        const bool days = checkDay(where + QLatin1Char('.') + fromField, from) &
                          checkDay(where + QLatin1Char('.') + untilField, until);
        if (days && !from.isEmpty() && !until.isEmpty() && from > until)
            problem(where + QLatin1Char('.') + fromField,
                    QStringLiteral("%1 %2 is after %3 %4; write the first day in %1 and the last "
                                   "in %3 (both are included).")
                        .arg(fromField, from, untilField, until));
    }

    // from, until and halls, as every kind of entry has them.
    void checkSchedule(const QString &where, const Schedule &schedule)
    {
        checkWindow(where, QStringLiteral("from"), schedule.from, QStringLiteral("until"),
                    schedule.until);
        for (const QString &hall : schedule.halls) {
            if (Schedules::isHallName(hall))
                continue;
            const QString lower = hall.toLower();
            problem(where + QStringLiteral(".halls"),
                    QStringLiteral("\"%1\" is not a hall name; %2write the names as the hall "
                                   "files' [hall] id has them: lower-case letters, digits and "
                                   "dashes, separated by spaces (seoul jeju).")
                        .arg(hall, Schedules::isHallName(lower)
                                       ? QStringLiteral("did you mean %1? ").arg(lower)
                                       : QString()));
        }
    }

    void checkAccent(const QString &where, const QString &accent)
    {
        static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!accent.isEmpty() && !colour.match(accent).hasMatch())
            problem(where + QStringLiteral(".accent"),
                    QStringLiteral("\"%1\" is not a colour; write it as #rrggbb.").arg(accent));
    }

    void validateCountries()
    {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
        QHash<QString, QString> seen;
        for (const ManifestCountry &c : std::as_const(m_manifest.countries)) {
            if (!c.code.isEmpty() && !code.match(c.code).hasMatch())
                problem(c.where + QStringLiteral(".code"),
                        QStringLiteral("\"%1\" is not an ISO 3166 alpha-2 code such as \"TH\".")
                            .arg(c.code));
            checkUnique(&seen, c.where, c.code, QStringLiteral("member state"));
            if (removal(c.where, c.remove, m_countries.contains(c.code),
                        QStringLiteral("member state"), c.code))
                continue;
            if (!c.joined.isEmpty() && !isValidDate(c.joined))
                problem(c.where + QStringLiteral(".joined"),
                        dateProblem(c.joined, QStringLiteral("YYYY-MM-DD")));
            checkAccent(c.where, c.accent);
            checkSchedule(c.where, c.schedule);
            checkText(c.where + QStringLiteral(".native_name"), QStringLiteral("native_name"),
                      c.nativeName);
            if (!c.language.isEmpty() && !Languages::isKnown(c.language))
                problem(c.where + QStringLiteral(".language"),
                        QStringLiteral("\"%1\" is not a language the kiosk offers; use one of %2.")
                            .arg(c.language, Languages::all().join(QStringLiteral(", "))));
            checkTexts(c.where, c.texts, {QStringLiteral("name")}, c.reviewed);
            if (!c.flag.isEmpty()) {
                MediaRef ref;
                if (checkMedia(c.where + QStringLiteral(".flag"), c.flag, false, &ref))
                    m_media.insert(c.flag, ref);
            }
            m_countries.insert(c.code);
        }
    }

    void validateThemes()
    {
        static const QRegularExpression slug(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        QHash<QString, QString> seen;
        for (const ManifestTheme &t : std::as_const(m_manifest.themes)) {
            if (!t.id.isEmpty() && !slug.match(t.id).hasMatch())
                problem(t.where + QStringLiteral(".id"),
                        QStringLiteral("\"%1\" must be lower-case letters, digits and dashes.")
                            .arg(t.id));
            checkUnique(&seen, t.where, t.id, QStringLiteral("theme"));
            if (removal(t.where, t.remove, m_themes.contains(t.id), QStringLiteral("theme"), t.id))
                continue;
            checkAccent(t.where, t.accent);
            checkSchedule(t.where, t.schedule);
            checkTexts(t.where, t.texts, {QStringLiteral("name")}, t.reviewed);
            m_themes.insert(t.id);
        }
    }

    void validateItems()
    {
        static const QRegularExpression itemId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        QHash<QString, QString> seen;
        QHash<QString, QString> itemByHash;
        // The draft's items that stay as they are: a new item may not show the same picture.
        QSet<QString> ids;
        for (const ManifestItem &item : std::as_const(m_manifest.items))
            ids.insert(item.id);
        QHash<QString, QString> draftItemByHash;
        for (auto it = m_before.items.cbegin(); it != m_before.items.cend(); ++it) {
            if (!ids.contains(it.key()))
                draftItemByHash.insert(it->facts.value(QStringLiteral("file")), it.key());
        }
        for (const ManifestItem &item : std::as_const(m_manifest.items)) {
            if (!item.id.isEmpty() && !itemId.match(item.id).hasMatch())
                problem(item.where + QStringLiteral(".id"),
                        QStringLiteral("\"%1\" must be letters, digits, dots, dashes and "
                                       "underscores.")
                            .arg(item.id));
            checkUnique(&seen, item.where, item.id, QStringLiteral("item id"));
            if (removal(item.where, item.remove, m_uses.contains(item.id), QStringLiteral("item"),
                        item.id))
                continue;
            if (!item.kind.isEmpty() && item.kind != QLatin1String("video") &&
                item.kind != QLatin1String("photo"))
                problem(item.where + QStringLiteral(".kind"),
                        QStringLiteral("\"%1\" is not a kind; use \"photo\" or \"video\".")
                            .arg(item.kind));
            checkItemReferences(item);
            if (!item.date.isEmpty() && !isValidDate(item.date))
                problem(item.where + QStringLiteral(".date"),
                        dateProblem(item.date, QStringLiteral("YYYY, YYYY-MM or YYYY-MM-DD")));
            checkSchedule(item.where, item.schedule);
            checkWindow(item.where, QStringLiteral("featured_from"), item.featuredFrom,
                        QStringLiteral("featured_until"), item.featuredUntil);
            if (!item.featured && !(item.featuredFrom + item.featuredUntil).isEmpty())
                problem(item.where + QStringLiteral(".featured"),
                        QStringLiteral("featured days need \"featured\" yes; write yes, or leave "
                                       "featured_from and featured_until empty."));
            checkText(item.where + QStringLiteral(".licence"), QStringLiteral("licence"),
                      item.licence);
            checkTexts(item.where, item.texts, {QStringLiteral("title")}, item.reviewed);
            checkItemMedia(item, &itemByHash, draftItemByHash);
        }
    }

    // The member state and themes an item names: in the catalogue or this manifest. A message
    // says what to write: the state's code for its name, the theme id nearest to what is
    // written.
    void checkItemReferences(const ManifestItem &item)
    {
        if (!item.country.isEmpty() && !m_countries.contains(item.country))
            problem(item.where + QStringLiteral(".country"), countryProblem(item.country));
        // Words that are no theme id, in runs: "Daily life" may be one theme written with a
        // space (daily-life), and is then one message, not two.
        QStringList run;
        const auto flush = [&]() {
            if (run.isEmpty())
                return;
            const QStringList known(m_themes.begin(), m_themes.end());
            const QString whole = run.join(QLatin1Char(' '));
            const QStringList written =
                run.size() > 1 && !Suggestion::nearest(whole, known).isEmpty() ? QStringList{whole}
                                                                               : run;
            for (const QString &theme : written) {
                const QString nearest = Suggestion::nearest(theme, known);
                problem(
                    item.where + QStringLiteral(".themes"),
                    QStringLiteral("\"%1\" is not a theme id; %2Theme ids: %3.")
                        .arg(theme,
                             nearest.isEmpty() ? QString()
                                               : QStringLiteral("did you mean %1? ").arg(nearest),
                             Suggestion::list(known)));
            }
            run.clear();
        };
        for (const QString &theme : item.themes) {
            if (m_themes.contains(theme)) {
                flush();
                continue;
            }
            run.append(theme);
        }
        flush();
    }

    QString countryProblem(const QString &written)
    {
        QHash<QString, QString> byName = m_countryNames;
        for (const ManifestCountry &c : std::as_const(m_manifest.countries))
            for (const QString &name : c.texts.value(QStringLiteral("name")))
                byName.insert(name, c.code);
        QString code =
            Suggestion::nearest(written, QStringList(m_countries.begin(), m_countries.end()));
        if (code.isEmpty())
            code = byName.value(Suggestion::nearest(written, byName.keys()));
        if (!code.isEmpty())
            return QStringLiteral(
                       "\"%1\" is not a member state's code; write the state's code, "
                       "%2.")
                .arg(written, code);
        return QStringLiteral("\"%1\" is not a member state's code; the codes are %2.")
            .arg(written, Suggestion::list(QStringList(m_countries.begin(), m_countries.end())));
    }

    // The item's file, never the same picture as another item's (of the sheets, or one the
    // draft keeps), and a video's poster.
    void checkItemMedia(const ManifestItem &item, QHash<QString, QString> *itemByHash,
                        const QHash<QString, QString> &draftItemByHash)
    {
        const bool video = item.kind == QLatin1String("video");
        MediaRef ref;
        if (!item.file.isEmpty() &&
            checkMedia(item.where + QStringLiteral(".file"), item.file, video, &ref)) {
            const QString other = itemByHash->value(ref.hash);
            const QString kept = draftItemByHash.value(ref.hash);
            if (!other.isEmpty())
                problem(item.where + QStringLiteral(".file"),
                        QStringLiteral("\"%1\" is the same picture as item \"%2\"; keep one.")
                            .arg(item.file, other));
            else if (!kept.isEmpty())
                problem(item.where + QStringLiteral(".file"),
                        QStringLiteral("\"%1\" is the same picture as item \"%2\", which the "
                                       "draft has already; keep one.")
                            .arg(item.file, kept));
            itemByHash->insert(ref.hash, item.id);
            m_media.insert(item.file, ref);
        }
        if (video && item.poster.isEmpty())
            problem(item.where + QStringLiteral(".poster"),
                    QStringLiteral("a video needs a poster picture shown before it plays."));
        if (!item.poster.isEmpty() &&
            checkMedia(item.where + QStringLiteral(".poster"), item.poster, false, &ref))
            m_media.insert(item.poster, ref);
    }

    bool storeMedia()
    {
        const MediaStore store(m_root);
        for (auto it = m_media.begin(); it != m_media.end(); ++it) {
            MediaStore::Entry entry;
            QString error;
            if (!store.add(it->source, &entry, &error)) {
                problem({}, error, it->source);
                return false;
            }
            if (entry.hash != it->hash) {
                problem({}, QStringLiteral("the file changed while it was imported; import again."),
                        it->source);
                return false;
            }
            m_stored.insert(entry.hash, {entry, it->info});
        }
        return true;
    }

    // The sizes kiosks ask for first, made now on every core, so a release opens fast. Not
    // part of the import's promise: a picture that fails here is made on demand later.
    void deriveSizes()
    {
        QThreadPool pool;
        std::atomic<int> made{0};
        const QString cacheDir = m_root.cacheDir();
        for (const Stored &stored : std::as_const(m_stored)) {
            if (!stored.info.mime.startsWith(QLatin1String("image/")))
                continue;
            const QString file = m_root.resolve(stored.entry.relativePath);
            pool.start([file, cacheDir, &made] {
                QString error;
                made +=
                    DerivedImage::prepare(file, DerivedImage::standardSizes(), cacheDir, &error);
            });
        }
        pool.waitForDone();
        m_report.derived = made;
    }

    // The content hash of a file the manifest names, as checked (storeMedia makes sure the
    // stored copy has it); empty when it names none.
    QString mediaHash(const QString &name) const
    {
        return name.isEmpty() ? QString() : m_media.value(name).hash;
    }

    // The draft's record of a stored file, by its hash; none for an empty hash.
    bool addMedia(const QString &hash)
    {
        if (hash.isEmpty())
            return true;
        const Stored stored = m_stored.value(hash);
        return m_draft.addMedia({stored.entry.hash, stored.entry.relativePath, stored.info.mime,
                                 stored.entry.bytes, stored.info.size, stored.info.durationMs});
    }

    QStringList reviewed(const QStringList &entityReviewed) const
    {
        return m_manifest.reviewed + entityReviewed;
    }

    // The rows the import writes, in the manifest's order.
    struct Rows {
        QList<Draft::Country> countries;
        QList<Draft::Theme> themes;
        QList<Draft::Item> items;
    };

    // Where an entry goes: the order the sheet gives; else, for an entry the draft has, where it
    // is; else after every entry of its kind (the draft's, and the orders the sheets give), in
    // the sheets' order.
    template <typename Entry>
    static QList<int> orders(const QList<Entry> &entries,
                             const QMap<QString, CatalogueEntry> &draft,
                             const std::function<QString(const Entry &)> &key)
    {
        int last = 0;
        for (const CatalogueEntry &e : draft)
            last = qMax(last, e.order());
        for (const Entry &e : entries)
            last = qMax(last, e.remove ? last : e.order.value_or(last));
        QList<int> out;
        for (const Entry &e : entries) {
            if (e.remove) {
                out.append(0);  // not written
                continue;
            }
            const auto kept = draft.constFind(key(e));
            out.append(e.order ? *e.order : kept != draft.constEnd() ? kept->order() : ++last);
        }
        return out;
    }

    Rows draftRows() const
    {
        Rows rows;
        const QList<int> countryOrders = orders<ManifestCountry>(
            m_manifest.countries, m_before.countries, [](const auto &c) { return c.code; });
        for (qsizetype i = 0; i < m_manifest.countries.size(); ++i) {
            const ManifestCountry &c = m_manifest.countries.at(i);
            if (c.remove)
                continue;
            rows.countries.append({c.code, countryOrders.at(i), c.nativeName, c.joined, c.accent,
                                   mediaHash(c.flag), c.language, c.texts, reviewed(c.reviewed),
                                   c.schedule});
        }
        const QList<int> themeOrders = orders<ManifestTheme>(m_manifest.themes, m_before.themes,
                                                             [](const auto &t) { return t.id; });
        for (qsizetype i = 0; i < m_manifest.themes.size(); ++i) {
            const ManifestTheme &t = m_manifest.themes.at(i);
            if (t.remove)
                continue;
            rows.themes.append(
                {t.id, themeOrders.at(i), t.accent, t.texts, reviewed(t.reviewed), t.schedule});
        }
        const QList<int> itemOrders = orders<ManifestItem>(
            m_manifest.items, m_before.items, [](const auto &item) { return item.id; });
        for (qsizetype i = 0; i < m_manifest.items.size(); ++i) {
            const ManifestItem &item = m_manifest.items.at(i);
            if (item.remove)
                continue;
            rows.items.append({item.id, item.kind, mediaHash(item.file), mediaHash(item.poster),
                               item.country, item.date, item.licence, item.featured,
                               itemOrders.at(i), item.themes, item.texts, reviewed(item.reviewed),
                               item.schedule, item.featuredFrom, item.featuredUntil});
        }
        return rows;
    }

    // The draft as it will be: the draft's entries, those of the sheets written over them, and
    // without those whose `remove` says yes.
    CatalogueEntries after(const Rows &rows) const
    {
        CatalogueEntries entries = m_before;
        for (const ManifestCountry &c : std::as_const(m_manifest.countries))
            if (c.remove)
                entries.countries.remove(c.code);
        for (const ManifestTheme &t : std::as_const(m_manifest.themes))
            if (t.remove)
                entries.themes.remove(t.id);
        for (const ManifestItem &item : std::as_const(m_manifest.items))
            if (item.remove)
                entries.items.remove(item.id);
        for (const Draft::Country &c : rows.countries)
            entries.countries.insert(c.code, CatalogueEntries::of(c));
        for (const Draft::Theme &t : rows.themes)
            entries.themes.insert(t.id, CatalogueEntries::of(t));
        for (const Draft::Item &item : rows.items)
            entries.items.insert(item.id, CatalogueEntries::of(item));
        return entries;
    }

    bool writeAll(const Rows &rows)
    {
        for (const Draft::Country &c : rows.countries) {
            if (!addMedia(c.flag) || !m_draft.upsertCountry(c))
                return false;
        }
        for (const Draft::Theme &t : rows.themes) {
            if (!m_draft.upsertTheme(t))
                return false;
        }
        for (const Draft::Item &item : rows.items) {
            if (!addMedia(item.media) || !addMedia(item.poster) || !m_draft.upsertItem(item))
                return false;
        }
        return removeAll();
    }

    // After the writes, so that an item moved to another state no longer holds the one removed;
    // items before their themes and states, which the schema would refuse to leave without.
    bool removeAll()
    {
        for (const ManifestItem &item : std::as_const(m_manifest.items))
            if (item.remove && !m_draft.removeItem(item.id))
                return false;
        for (const ManifestTheme &t : std::as_const(m_manifest.themes))
            if (t.remove && !m_draft.removeTheme(t.id))
                return false;
        for (const ManifestCountry &c : std::as_const(m_manifest.countries))
            if (c.remove && !m_draft.removeCountry(c.code))
                return false;
        // The originals stay in the store for the releases that show them; prune frees them
        // once no kept release does.
        return m_report.removed == 0 || m_draft.forgetUnusedMedia();
    }

    bool write(const Rows &rows)
    {
        if (m_draft.apply([this, &rows] { return writeAll(rows); }))
            return true;
        problem({}, m_draft.errorString(), m_root.draftCatalogue());
        return false;
    }

    const ContentRoot &m_root;
    QString m_mediaDir;
    Manifest m_manifest;
    Importer::Report m_report;
    Draft m_draft;
    QSet<QString> m_countries;
    QSet<QString> m_themes;
    QHash<QString, QString> m_countryNames;   // the draft's, in every language, to codes
    QHash<QString, Draft::ItemUse> m_uses;    // the draft's items
    QHash<QString, QString> m_mediaByFolded;  // the media folder's files by lower-case path
    QHash<QString, MediaRef> m_media;         // by the name the manifest gives
    struct Stored {
        MediaStore::Entry entry;
        MediaProbe::Info info;
    };
    QHash<QString, Stored> m_stored;  // by hash, once storeMedia() copied them
    CatalogueEntries m_before;        // the draft before the import
};

}  // namespace

Importer::Importer(const ContentRoot &root) : m_root(root) {}

Importer::Report Importer::importManifest(const QStringList &manifests, const QString &mediaDir,
                                          bool dryRun)
{
    const QString media =
        mediaDir.isEmpty() ? QFileInfo(manifests.value(0)).absolutePath() : mediaDir;
    return ImportRun(m_root, manifests, media).run(dryRun, m_strict);
}

Importer::Report Importer::remove(Entry entry, const QStringList &keys, bool dryRun)
{
    Manifest removals;
    for (const QString &key : keys) {
        switch (entry) {
            case Entry::Country: {
                ManifestCountry c;
                c.where = QStringLiteral("member state %1").arg(key);
                c.code = key;
                c.remove = true;
                removals.countries.append(c);
                break;
            }
            case Entry::Theme: {
                ManifestTheme t;
                t.where = QStringLiteral("theme %1").arg(key);
                t.id = key;
                t.remove = true;
                removals.themes.append(t);
                break;
            }
            case Entry::Item: {
                ManifestItem item;
                item.where = QStringLiteral("item %1").arg(key);
                item.id = key;
                item.remove = true;
                removals.items.append(item);
                break;
            }
        }
    }
    return ImportRun(m_root, removals).run(dryRun, m_strict);
}

Importer::Report Importer::importManifest(const QString &manifest, const QString &mediaDir,
                                          bool dryRun)
{
    return importManifest(QStringList{manifest}, mediaDir, dryRun);
}

QStringList Importer::Report::summary(bool dryRun) const
{
    const QString read = QStringLiteral("%1 member states, %2 themes and %3 items")
                             .arg(countries)
                             .arg(themes)
                             .arg(items);
    QStringList lines = {
        dryRun ? QStringLiteral("Checked %1; nothing was changed. Importing them would bring:")
                     .arg(read)
               : QStringLiteral("Imported %1 into the draft:").arg(read)};
    const QStringList changed = changes.lines(true);
    if (changed.isEmpty())
        lines.append(QStringLiteral("  nothing new or changed: the draft holds all of it already"));
    for (const QString &line : changed)
        lines.append(QStringLiteral("  ") + line);
    return lines;
}
