#include "cataloguecli.h"

#include "catalogue.h"
#include "contentroot.h"
#include "curatorlock.h"
#include "draftcheck.h"
#include "exporter.h"
#include "housekeeping.h"
#include "importer.h"
#include "languages.h"
#include "publisher.h"
#include "release.h"
#include "releases.h"
#include "schedule.h"
#include "sqlconnection.h"
#include "translationreport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

constexpr int kOk = 0;
constexpr int kProblems = 1;
constexpr int kUsage = 2;

// Each command's usage: the overview lists them all, `COMMAND --help` shows one in full.
struct Help {
    const char *name;
    const char *synopsis;
    const char *summary;
    const char *details;  // empty, or more lines
};

const Help kHelp[] = {
    {"init", "init", "create an empty content root (no demo content)",
     "DIR becomes a content root with no member states, themes or items; import your own\n"
     "sheets next. For a collection that starts without the bundled demo: a kiosk fills only\n"
     "an empty folder with the demo.\n"},
    {"import", "import SHEETS... [--media DIR] [--dry-run] [--strict]",
     "check sheets and bring them into the draft",
     "SHEETS: countries, themes and items as .xlsx, .ods or .csv files, a folder holding them\n"
     "(as export writes it), or a JSON manifest. Every problem is listed at once, with the cell\n"
     "it is in; when there is one, nothing changes.\n"
     "  --media DIR   the folder the sheets' files are in (default: the sheets' folder)\n"
     "  --dry-run     check only; change nothing\n"
     "  --strict      import nothing while there is a warning\n"},
    {"remove", "remove item|theme|state ID... [--dry-run]", "take entries out of the draft",
     "Items by id, themes by id, member states by code. A state or theme that items still use\n"
     "stays, and the items are listed; when anything is refused, nothing changes. Published\n"
     "releases keep what they had; 'prune' frees the originals once no kept release uses them.\n"
     "  --dry-run     check only; change nothing\n"},
    {"validate", "validate", "check the draft without changing it",
     "Also warns about entries whose last day has passed, and about hall names that no hall\n"
     "file in DIR/halls/ names as its [hall] id (docs/curating.md).\n"},
    {"publish", "publish [--note TEXT] [--keep N] [--force]", "make the draft the next release",
     "First says what the new release changes against the current one. A draft that holds\n"
     "what the current release holds is not published again.\n"
     "  --note TEXT   a note shown in 'releases'\n"
     "  --keep N      releases to keep (default 10)\n"
     "  --force       publish even when nothing changed\n"},
    {"releases", "releases [--json]", "list the releases", ""},
    {"rollback", "rollback [N]", "make release N (default: the one before the current) current",
     "Kiosks switch to it at their next idle moment. The draft is not changed: what it holds\n"
     "beyond release N is listed, and 'reset-draft N' takes it out.\n"},
    {"reset-draft", "reset-draft N", "make the draft hold exactly what release N holds",
     "Everything imported since release N leaves the draft (the releases stay as they are).\n"
     "All or nothing: when release N cannot be used, the draft is unchanged.\n"},
    {"export", "export DIR [--format xlsx|csv|json]", "write the draft as sheets and its media",
     "DIR must be new or empty. Excel workbooks (.xlsx) unless --format says otherwise; edit\n"
     "them in Excel or LibreOffice and import the folder again.\n"},
    {"prune", "prune [--dry-run]", "delete originals no release or draft uses", ""},
    {"countries", "countries [--json]", "list the member states in the draft", ""},
    {"items", "items [--country CODE] [--on DATE] [--hall NAME] [--json]",
     "list the media items in the draft",
     "  --on DATE     only what is shown on that day (YYYY-MM-DD), as its schedules say\n"
     "  --hall NAME   only what is shown in that hall (its hall file's [hall] id)\n"},
    {"translations", "translations [--json]", "what is translated and reviewed, per language", ""},
};

QString usage()
{
    QString text = QStringLiteral(
        "usage: asean-catalogue --content DIR COMMAND [options]\n"
        "       asean-catalogue COMMAND --help\n"
        "commands:\n");
    for (const Help &h : kHelp)
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(QLatin1String(h.synopsis), QLatin1String(h.summary));
    return text;
}

// The full usage of `command`; empty when there is no such command.
QString commandUsage(const QString &command)
{
    for (const Help &h : kHelp)
        if (command == QLatin1String(h.name))
            return QStringLiteral("usage: asean-catalogue --content DIR %1\n%2.\n%3")
                .arg(QLatin1String(h.synopsis), QLatin1String(h.summary), QLatin1String(h.details));
    return {};
}

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

struct Context {
    QCommandLineParser &parser;
    ContentRoot root;
    QStringList positional;  // after the command
    QTextStream &out;
    QTextStream &err;
};

bool openDraft(Context &c, Catalogue *catalogue)
{
    if (!catalogue->open(c.root.draftCatalogue(), SqlConnection::Mode::ReadOnly)) {
        c.err << "asean-catalogue: cannot read the draft catalogue in " << c.root.path() << ": "
              << catalogue->errorString() << "; run 'import' first.\n";
        return false;
    }
    return true;
}

int countries(Context &c)
{
    Catalogue catalogue;
    if (!openDraft(c, &catalogue))
        return kProblems;
    const QList<CountryRow> rows = catalogue.countries(QStringLiteral("en"));
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CountryRow &r : rows)
            array.append(QJsonObject{{QStringLiteral("code"), r.code},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("native_name"), r.nativeName},
                                     {QStringLiteral("capital"), r.capital},
                                     {QStringLiteral("joined"), r.joined},
                                     {QStringLiteral("items"), r.itemCount}});
        printJson(c.out, array);
        return kOk;
    }
    for (const CountryRow &r : rows)
        c.out << r.code << "  " << r.name << " (" << r.nativeName << "), capital " << r.capital
              << ", member since " << r.joined << ", " << r.itemCount << " items\n";
    return kOk;
}

int items(Context &c)
{
    Catalogue catalogue;
    if (!openDraft(c, &catalogue))
        return kProblems;
    Showing showing;
    if (c.parser.isSet(QStringLiteral("on"))) {
        const QString on = c.parser.value(QStringLiteral("on"));
        showing.day = QDate::fromString(on, Qt::ISODate);
        if (!showing.day.isValid() || on.size() != 10) {
            c.err << "asean-catalogue: \"" << on
                  << "\" is not a date; write --on YYYY-MM-DD, for example --on 2026-10-05.\n";
            return kUsage;
        }
    }
    if (c.parser.isSet(QStringLiteral("hall"))) {
        showing.hall = c.parser.value(QStringLiteral("hall"));
        if (!Schedules::isHallName(*showing.hall)) {
            c.err << "asean-catalogue: \"" << *showing.hall
                  << "\" is not a hall name; write it as the hall file's [hall] id has it "
                     "(lower-case letters, digits and dashes: --hall seoul).\n";
            return kUsage;
        }
    }
    catalogue.setShowing(showing);
    ItemFilter filter;
    filter.country = c.parser.value(QStringLiteral("country")).toUpper();
    const QList<ItemRow> rows = catalogue.items(filter, QStringLiteral("en"), 0, INT_MAX);
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ItemRow &r : rows)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("country"), r.country},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("width"), r.width},
                                     {QStringLiteral("height"), r.height},
                                     {QStringLiteral("featured"), r.featured}});
        printJson(c.out, array);
        return kOk;
    }
    for (const ItemRow &r : rows)
        c.out << r.id << "  " << r.kind << "  " << r.country << "  " << r.title << "\n";
    return kOk;
}

int init(Context &c)
{
    if (c.root.state() == ContentRoot::State::ContentRoot) {
        c.out << c.root.path() << " is a content root already; nothing was changed.\n";
        return kOk;
    }
    QString error;
    if (!c.root.ensureLayout(&error)) {
        c.err << "asean-catalogue: " << error << "\n";
        return kProblems;
    }
    // Not empty any more, so a kiosk's first start leaves the demo out (Bootstrap::prepare).
    c.out << "Content root ready: " << c.root.path()
          << ", with no content: kiosks will not fill it with the demo. Import your sheets "
             "next:\n  asean-catalogue --content "
          << c.root.path() << " import FOLDER\n";
    return kOk;
}

int importCommand(Context &c)
{
    if (c.positional.isEmpty()) {
        c.err << "asean-catalogue: import needs the sheets (.xlsx, .ods, .csv), a folder holding "
                 "them, or a JSON manifest\n"
              << commandUsage(QStringLiteral("import"));
        return kUsage;
    }
    // A folder stands for the sheets an export writes, or its manifest.json.
    QStringList files;
    QString media = c.parser.value(QStringLiteral("media"));
    for (const QString &arg : std::as_const(c.positional)) {
        if (!QFileInfo(arg).isDir()) {
            files.append(arg);
            continue;
        }
        if (media.isEmpty())
            media = QDir(arg).absolutePath();
        QString problem;
        const QStringList found = Exporter::manifestFilesIn(arg, &problem);
        if (found.isEmpty()) {
            c.err << "asean-catalogue: " << problem << "\n";
            return kProblems;
        }
        files += found;
    }
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    Importer importer(c.root);
    importer.setStrict(c.parser.isSet(QStringLiteral("strict")));
    const Importer::Report report = importer.importManifest(files, media, dryRun);
    for (const Problem &p : report.problems)
        c.err << p.toString() << "\n";
    for (const Problem &p : report.warnings)
        c.err << "warning: " << p.toString() << "\n";
    if (!report.ok()) {
        c.err << report.problems.size() << " problem(s) found; nothing was changed.\n";
        return kProblems;
    }
    for (const QString &line : report.summary(dryRun))
        c.out << line << "\n";
    if (!dryRun && !report.changes.isEmpty())
        c.out << "Look at the draft with 'asean-kiosk --content " << c.root.path()
              << " --draft', then publish it.\n";
    if (!report.warnings.isEmpty())
        c.err << report.warnings.size() << " warning(s): look at each cell named above; "
              << "--strict imports nothing while there is one.\n";
    return kOk;
}

int removeCommand(Context &c)
{
    static const QHash<QString, Importer::Entry> entries = {
        {QStringLiteral("item"), Importer::Entry::Item},
        {QStringLiteral("theme"), Importer::Entry::Theme},
        {QStringLiteral("state"), Importer::Entry::Country},
    };
    if (c.positional.size() < 2 || !entries.contains(c.positional.first())) {
        c.err << "asean-catalogue: remove needs what to remove (item, theme or state) and its "
                 "ids or codes\n"
              << commandUsage(QStringLiteral("remove"));
        return kUsage;
    }
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    const Importer::Report report =
        Importer(c.root).remove(entries.value(c.positional.first()), c.positional.mid(1), dryRun);
    for (const Problem &p : report.problems)
        c.err << p.toString() << "\n";
    if (!report.ok()) {
        c.err << report.problems.size() << " problem(s) found; nothing was removed.\n";
        return kProblems;
    }
    c.out << (dryRun ? "Would remove " : "Removed ") << report.removed
          << " entries from the draft; publish to show the change.\n";
    return kOk;
}

int validate(Context &c)
{
    const DraftCheck::Report report = DraftCheck::run(c.root, QDate::currentDate());
    for (const Problem &p : report.problems)
        c.err << p.toString() << "\n";
    for (const Problem &p : report.warnings)
        c.err << "warning: " << p.toString() << "\n";
    if (!report.problems.isEmpty()) {
        c.err << report.problems.size() << " problem(s) found in the draft; publish would refuse "
              << "it or show it incomplete.\n";
        return kProblems;
    }
    c.out << "The draft is ready to publish: " << report.countries << " member states, "
          << report.themes << " themes, " << report.items << " items, " << report.media
          << " media files, all present and intact.\n";
    return kOk;
}

int rollback(Context &c)
{
    int target = 0;
    if (c.positional.size() > 1) {
        c.err << "asean-catalogue: rollback takes at most one release number\n"
              << commandUsage(QStringLiteral("rollback"));
        return kUsage;
    }
    if (!c.positional.isEmpty()) {
        bool ok = false;
        target = c.positional.first().toInt(&ok);
        if (!ok || target <= 0) {
            c.err << "asean-catalogue: \"" << c.positional.first()
                  << "\" is not a release number; see 'releases'.\n";
            return kUsage;
        }
    }
    const Releases::RollBack result = Releases::rollBack(c.root, c.root.currentRelease(), target);
    if (!result.ok) {
        c.err << "asean-catalogue: " << result.error << "\n";
        return kProblems;
    }
    c.out << "Release " << ContentRoot::releaseName(result.to) << " is current again (it was "
          << ContentRoot::releaseName(result.from) << "); kiosks switch to it at their next idle "
          << "moment.\n";
    for (const QString &line : Releases::draftBeyond(c.root, result.to))
        c.out << line << "\n";
    return kOk;
}

int resetDraft(Context &c)
{
    bool ok = false;
    const int number = c.positional.size() == 1 ? c.positional.first().toInt(&ok) : 0;
    if (!ok || number <= 0) {
        c.err << "asean-catalogue: reset-draft needs the number of a release; see 'releases'.\n"
              << commandUsage(QStringLiteral("reset-draft"));
        return kUsage;
    }
    const Releases::ResetDraft result = Releases::resetDraft(c.root, number);
    if (!result.ok) {
        c.err << "asean-catalogue: " << result.lines.join(QLatin1Char('\n')) << "\n";
        return kProblems;
    }
    for (const QString &line : result.lines)
        c.out << line << "\n";
    return kOk;
}

int exportCommand(Context &c)
{
    if (c.positional.size() != 1) {
        c.err << "asean-catalogue: export needs one folder to write into\n"
              << commandUsage(QStringLiteral("export"));
        return kUsage;
    }
    Exporter::Format format = Exporter::Format::Xlsx;
    if (c.parser.isSet(QStringLiteral("format")) &&
        !Exporter::formatNamed(c.parser.value(QStringLiteral("format")), &format)) {
        c.err << "asean-catalogue: \"" << c.parser.value(QStringLiteral("format"))
              << "\" is not a format export writes; write --format xlsx (Excel and LibreOffice), "
                 "csv or json.\n";
        return kUsage;
    }
    const Exporter::Result result = Exporter::exportDraft(c.root, c.positional.first(), format);
    if (!result.ok) {
        c.err << "asean-catalogue: " << result.error << "\n";
        return kProblems;
    }
    c.out << "Exported " << result.countries << " member states, " << result.themes << " themes, "
          << result.items << " items and " << result.files << " media files to "
          << c.positional.first() << "; import that folder to bring them back.\n";
    return kOk;
}

int prune(Context &c)
{
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    const Housekeeping::Pruned pruned = Housekeeping::pruneMedia(c.root, dryRun);
    if (!pruned.error.isEmpty()) {
        c.err << "asean-catalogue: " << pruned.error << "\n";
        return kProblems;
    }
    c.out << (dryRun ? "Would delete " : "Deleted ") << pruned.files << " unused media file(s), "
          << QString::number(double(pruned.bytes) / (1024 * 1024), 'f', 1) << " MB.\n";
    return kOk;
}

int publish(Context &c)
{
    int keep = Housekeeping::kDefaultKeep;
    if (c.parser.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = c.parser.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1) {
            c.err << "asean-catalogue: --keep needs a number of releases, 1 or more\n";
            return kUsage;
        }
    }
    Publisher publisher(c.root);
    const bool force = c.parser.isSet(QStringLiteral("force"));
    // What the release changes, said before it is made; a draft that cannot be read is the
    // publish's own failure below.
    const Publisher::Plan plan = publisher.plan();
    if (plan.error.isEmpty()) {
        for (const QString &line : plan.lines(force))
            c.out << line << "\n";
        if (plan.unchanged() && !force)
            return kOk;
    }
    const Publisher::Result result = publisher.publish(c.parser.value(QStringLiteral("note")));
    if (!result.ok) {
        c.err << "asean-catalogue: " << result.error << "\n";
        return kProblems;
    }
    if (!plan.error.isEmpty())
        c.err << "warning: what the release changes cannot be said: " << plan.error << ".\n";
    c.out << "Published release " << ContentRoot::releaseName(result.number) << ".\n";
    const QList<int> removed = Housekeeping::removeOldReleases(c.root, keep);
    if (!removed.isEmpty()) {
        QStringList names;
        for (int n : removed)
            names.append(ContentRoot::releaseName(n));
        c.out << "Removed old release(s) " << names.join(QStringLiteral(", ")) << " (keeping "
              << keep << "); 'prune' deletes the originals only they used.\n";
    }
    return kOk;
}

int releases(Context &c)
{
    const int current = c.root.currentRelease();
    // What a kiosk would find: the current release checked as it checks it at every start.
    ReleaseInfo checked;
    QString currentProblem = c.root.currentProblem();
    if (current &&
        !Release::verify(c.root, current, Release::Check::Quick, &checked, &currentProblem))
        currentProblem = QStringLiteral(
                             "release %1 is current but does not verify: %2; kiosks "
                             "show the newest release that does")
                             .arg(ContentRoot::releaseName(current), currentProblem);
    const QList<ReleaseInfo> list = Release::list(c.root);
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ReleaseInfo &r : list)
            array.append(QJsonObject{
                {QStringLiteral("number"), r.number},
                {QStringLiteral("created"), r.created.toString(Qt::ISODate)},
                {QStringLiteral("note"), r.note},
                {QStringLiteral("countries"), r.countries},
                {QStringLiteral("themes"), r.themes},
                {QStringLiteral("items"), r.items},
                {QStringLiteral("current"), r.number == current},
                {QStringLiteral("verifies"), r.number != current || currentProblem.isEmpty()}});
        printJson(c.out, array);
    } else {
        for (const ReleaseInfo &r : list)
            c.out << (r.number == current ? (currentProblem.isEmpty() ? "* " : "! ") : "  ")
                  << ContentRoot::releaseName(r.number) << "  "
                  << r.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                  << r.countries << " states, " << r.themes << " themes, " << r.items << " items"
                  << (r.note.isEmpty() ? QString() : QStringLiteral("  ") + r.note) << "\n";
    }
    if (!currentProblem.isEmpty())
        c.err << "asean-catalogue: " << currentProblem << ".\n";
    return kOk;
}

int translations(Context &c)
{
    SqlConnection draft;
    if (!draft.open(c.root.draftCatalogue(), SqlConnection::Mode::ReadOnly)) {
        c.err << "asean-catalogue: cannot read the draft catalogue in " << c.root.path() << ": "
              << draft.errorString() << "; run 'import' first.\n";
        return kProblems;
    }
    QList<TranslationReport::Language> report;
    for (const QString &code : Languages::all())
        report.append(
            {code,
             TranslationReport::interfaceShare(QStringLiteral(":/ts/asean_%1.ts").arg(code), code),
             TranslationReport::catalogueShare(draft, code, QDate::currentDate())});
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(TranslationReport::toJson(report)).toJson(QJsonDocument::Indented);
    else
        c.out << TranslationReport::toText(report);
    return kOk;
}

// The commands that write take the content root's lock (CuratorLock), except a dry run, which
// writes nothing, and a folder that is not a content root yet, which has no place for it.
bool needsLock(const QString &command, const Context &c)
{
    static const QStringList writers = {QStringLiteral("import"),      QStringLiteral("remove"),
                                        QStringLiteral("publish"),     QStringLiteral("rollback"),
                                        QStringLiteral("reset-draft"), QStringLiteral("prune")};
    const bool checkOnly =
        (command == QLatin1String("import") || command == QLatin1String("remove")) &&
        c.parser.isSet(QStringLiteral("dry-run"));
    return writers.contains(command) && c.root.state() == ContentRoot::State::ContentRoot &&
           !checkOnly;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("content"), QStringLiteral("The content root."), QStringLiteral("DIR")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show the usage.")},
        {QStringLiteral("json"), QStringLiteral("Print data as JSON.")},
        {QStringLiteral("country"), QStringLiteral("Only this member state."),
         QStringLiteral("CODE")},
        {QStringLiteral("on"), QStringLiteral("Only what is shown on this day."),
         QStringLiteral("DATE")},
        {QStringLiteral("hall"), QStringLiteral("Only what is shown in this hall."),
         QStringLiteral("NAME")},
        {QStringLiteral("media"), QStringLiteral("The folder the sheets' files are in."),
         QStringLiteral("DIR")},
        {QStringLiteral("dry-run"), QStringLiteral("Check only; change nothing.")},
        {QStringLiteral("strict"), QStringLiteral("Import nothing while there is a warning.")},
        {QStringLiteral("note"), QStringLiteral("A note for the release."), QStringLiteral("TEXT")},
        {QStringLiteral("keep"), QStringLiteral("Releases to keep."), QStringLiteral("N")},
        {QStringLiteral("force"), QStringLiteral("Publish even when nothing changed.")},
        {QStringLiteral("format"), QStringLiteral("What export writes: xlsx, csv or json."),
         QStringLiteral("FORMAT")},
    });
}

}  // namespace

namespace CatalogueCli {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        err << "asean-catalogue: " << parser.errorText() << "\n" << usage();
        return kUsage;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        const QString help = commandUsage(positional.value(0));
        out << (help.isEmpty() ? usage() : help);
        return kOk;
    }
    if (positional.isEmpty() || !parser.isSet(QStringLiteral("content"))) {
        err << usage();
        return kUsage;
    }
    const QString command = positional.takeFirst();
    Context c{parser, ContentRoot(parser.value(QStringLiteral("content"))), positional, out, err};
    using Command = int (*)(Context &);
    const QList<QPair<QString, Command>> commands = {
        {QStringLiteral("init"), init},
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("remove"), removeCommand},
        {QStringLiteral("validate"), validate},
        {QStringLiteral("publish"), publish},
        {QStringLiteral("releases"), releases},
        {QStringLiteral("rollback"), rollback},
        {QStringLiteral("reset-draft"), resetDraft},
        {QStringLiteral("export"), exportCommand},
        {QStringLiteral("prune"), prune},
        {QStringLiteral("countries"), countries},
        {QStringLiteral("items"), items},
        {QStringLiteral("translations"), translations},
    };
    CuratorLock lock(c.root);
    if (needsLock(command, c) && !lock.tryLock()) {
        err << "asean-catalogue: " << lock.errorString() << "\n";
        return kProblems;
    }
    for (const auto &[name, fn] : commands) {
        if (name == command)
            return fn(c);
    }
    err << "asean-catalogue: unknown command '" << command << "'\n" << usage();
    return kUsage;
}

}  // namespace CatalogueCli
