#include "cataloguecli.h"

#include "catalogue.h"
#include "contentroot.h"
#include "importer.h"
#include "languages.h"
#include "publisher.h"
#include "release.h"
#include "sqlconnection.h"
#include "translationreport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

constexpr int kOk = 0;
constexpr int kProblems = 1;
constexpr int kUsage = 2;

const char *kUsageText =
    "usage: asean-catalogue --content DIR COMMAND [options]\n"
    "commands:\n"
    "  init                                   create an empty content root\n"
    "  import MANIFEST [--media DIR] [--dry-run]  check a manifest and bring it into the draft\n"
    "  publish [--note TEXT]                  make the draft the next release\n"
    "  releases [--json]                      list the releases\n"
    "  countries [--json]                     list the member states in the draft\n"
    "  items [--country CODE] [--json]        list the media items in the draft\n"
    "  translations [--json]                  what is translated and reviewed, per language\n";

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
    QString error;
    if (!c.root.ensureLayout(&error)) {
        c.err << "asean-catalogue: " << error << "\n";
        return kProblems;
    }
    c.out << "Content root ready: " << c.root.path() << "\n";
    return kOk;
}

int importCommand(Context &c)
{
    if (c.positional.size() != 1) {
        c.err << "asean-catalogue: import needs one MANIFEST file\n" << kUsageText;
        return kUsage;
    }
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    const Importer::Report report = Importer(c.root).importManifest(
        c.positional.first(), c.parser.value(QStringLiteral("media")), dryRun);
    for (const Problem &p : report.problems)
        c.err << p.toString() << "\n";
    if (!report.ok()) {
        c.err << report.problems.size() << " problem(s) found; nothing was changed.\n";
        return kProblems;
    }
    c.out << (dryRun ? "Checked" : "Imported") << " " << report.countries << " member states, "
          << report.themes << " themes and " << report.items << " items.\n";
    return kOk;
}

int publish(Context &c)
{
    const Publisher::Result result =
        Publisher(c.root).publish(c.parser.value(QStringLiteral("note")));
    if (!result.ok) {
        c.err << "asean-catalogue: " << result.error << "\n";
        return kProblems;
    }
    c.out << "Published release " << ContentRoot::releaseName(result.number) << ".\n";
    return kOk;
}

int releases(Context &c)
{
    const int current = c.root.currentRelease();
    const QList<ReleaseInfo> list = Release::list(c.root);
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ReleaseInfo &r : list)
            array.append(QJsonObject{{QStringLiteral("number"), r.number},
                                     {QStringLiteral("created"), r.created.toString(Qt::ISODate)},
                                     {QStringLiteral("note"), r.note},
                                     {QStringLiteral("items"), r.items},
                                     {QStringLiteral("current"), r.number == current}});
        printJson(c.out, array);
        return kOk;
    }
    for (const ReleaseInfo &r : list)
        c.out << (r.number == current ? "* " : "  ") << ContentRoot::releaseName(r.number) << "  "
              << r.created.toString(Qt::ISODate) << "  " << r.countries << " states, " << r.items
              << " items  " << r.note << "\n";
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
             TranslationReport::catalogueShare(draft, code)});
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(TranslationReport::toJson(report)).toJson(QJsonDocument::Indented);
    else
        c.out << TranslationReport::toText(report);
    return kOk;
}

}  // namespace

namespace CatalogueCli {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("content"), QStringLiteral("The content root."), QStringLiteral("DIR")},
        {QStringLiteral("json"), QStringLiteral("Print data as JSON.")},
        {QStringLiteral("country"), QStringLiteral("Only this member state."),
         QStringLiteral("CODE")},
        {QStringLiteral("media"), QStringLiteral("The folder the manifest's files are in."),
         QStringLiteral("DIR")},
        {QStringLiteral("dry-run"), QStringLiteral("Check only; change nothing.")},
        {QStringLiteral("note"), QStringLiteral("A note for the release."), QStringLiteral("TEXT")},
    });
    if (!parser.parse(arguments)) {
        err << "asean-catalogue: " << parser.errorText() << "\n" << kUsageText;
        return kUsage;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !parser.isSet(QStringLiteral("content"))) {
        err << kUsageText;
        return kUsage;
    }
    const QString command = positional.takeFirst();
    Context c{parser, ContentRoot(parser.value(QStringLiteral("content"))), positional, out, err};
    using Command = int (*)(Context &);
    const QList<QPair<QString, Command>> commands = {
        {QStringLiteral("init"), init},
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("publish"), publish},
        {QStringLiteral("releases"), releases},
        {QStringLiteral("countries"), countries},
        {QStringLiteral("items"), items},
        {QStringLiteral("translations"), translations},
    };
    for (const auto &[name, fn] : commands) {
        if (name == command)
            return fn(c);
    }
    err << "asean-catalogue: unknown command '" << command << "'\n" << kUsageText;
    return kUsage;
}

}  // namespace CatalogueCli
