#include "svgcheck.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace SvgCheck {

namespace {

// Where the token QXmlStreamReader has just read begins: it reports only where a token ends,
// and may have read on past it (the "<" of what follows).
qsizetype tokenStart(const QXmlStreamReader &xml, const QString &text, qsizetype previousEnd)
{
    const qsizetype end = qMax<qsizetype>(0, xml.characterOffset() - 1);
    switch (xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            return text.lastIndexOf(QLatin1Char('<'), end);  // never inside attribute values
        case QXmlStreamReader::DTD:
            return text.lastIndexOf(QLatin1String("<!DOCTYPE"), end);
        case QXmlStreamReader::ProcessingInstruction:
            return text.lastIndexOf(QLatin1String("<?"), end);
        default:
            break;
    }
    qsizetype start = previousEnd;  // text: after the white space it may begin with
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    return start;
}

// "at line 3, column 7", for an offset in `text`.
QString placeOf(const QString &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else if (!text.at(i).isLowSurrogate()) {
            ++column;
        }
    }
    return QStringLiteral("at line %1, column %2").arg(line).arg(column);
}

// The name without its prefix: xlink:href is href, svg:image is image.
QString localName(QStringView qualified)
{
    return qualified.mid(qualified.lastIndexOf(QLatin1Char(':')) + 1).toString().toLower();
}

// The first url(…) in `css` that does not name a part of this document, or @import; empty
// when there is none.
QString outsideReference(const QString &css)
{
    // The closing parenthesis is optional: a reader may take the rest of the value as the URL.
    static const QRegularExpression url(QStringLiteral("url\\(\\s*['\"]?\\s*([^)]*)\\)?"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (auto it = url.globalMatch(css); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).startsWith(QLatin1Char('#')))
            return m.captured(0);
    }
    if (css.contains(QLatin1String("@import"), Qt::CaseInsensitive))
        return QStringLiteral("@import");
    return {};
}

QString outside(const QString &reference, const QString &at)
{
    return QStringLiteral(
               "refers to \"%1\" %2; an SVG may refer only to parts of itself (\"#id\"), never "
               "to another file or address: remove the reference, or copy what it names into "
               "the file, and import again.")
        .arg(reference, at);
}

// What is wrong with the element just read (the root when `root`); `at` says where it is.
template <typename At>
QString elementProblem(const QXmlStreamReader &xml, bool root, const At &at)
{
    const QString name = localName(xml.qualifiedName());
    if (root && name != QLatin1String("svg"))
        return QStringLiteral(
                   "is not a valid SVG: its first element is <%1>, %2; save it as SVG and "
                   "import again.")
            .arg(xml.qualifiedName(), at());
    static const QStringList forbidden = {QStringLiteral("image"), QStringLiteral("feimage"),
                                          QStringLiteral("script"),
                                          QStringLiteral("foreignobject")};
    if (forbidden.contains(name))
        return QStringLiteral(
                   "contains <%1> %2; the kiosk draws an SVG from its own shapes only, never "
                   "pictures, scripts or other documents, so that it loads nothing from outside "
                   "the release: remove it and import again.")
            .arg(xml.qualifiedName(), at());
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        const QString value = attribute.value().toString();
        if (localName(attribute.qualifiedName()) == QLatin1String("href") &&
            !value.trimmed().startsWith(QLatin1Char('#')))
            return outside(value, at());
        const QString reference = outsideReference(value);
        if (!reference.isEmpty())
            return outside(reference, at());
    }
    return {};
}

QString check(const QString &text)
{
    QXmlStreamReader xml(text);
    // Prefixes are kept as written: an SVG that forgets to declare xlink is still read.
    xml.setNamespaceProcessing(false);
    int depth = 0;
    bool inStyle = false;
    qsizetype previousEnd = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        // Found only when there is something to report: it counts lines from the start.
        const auto at = [&] { return placeOf(text, tokenStart(xml, text, previousEnd)); };
        QString problem;
        if (token == QXmlStreamReader::DTD) {
            problem = QStringLiteral(
                          "has a document type declaration (<!DOCTYPE …>) %1; the kiosk accepts "
                          "no document type or entities in an SVG: delete it (Inkscape saves "
                          "none as Plain SVG) and import again.")
                          .arg(at());
        } else if (token == QXmlStreamReader::ProcessingInstruction) {
            problem = QStringLiteral(
                          "has a processing instruction (<?%1 …?>) %2; the kiosk accepts none "
                          "in an SVG: delete it and import again.")
                          .arg(xml.processingInstructionTarget(), at());
        } else if (token == QXmlStreamReader::StartElement && ++depth > kMaxDepth) {
            problem = QStringLiteral(
                          "nests elements more than %1 deep %2; ungroup the drawing in your "
                          "editor and import it again.")
                          .arg(kMaxDepth)
                          .arg(at());
        } else if (token == QXmlStreamReader::StartElement) {
            problem = elementProblem(xml, depth == 1, at);
            inStyle = localName(xml.qualifiedName()) == QLatin1String("style");
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            inStyle = false;
        } else if (token == QXmlStreamReader::Characters && inStyle) {
            const QString reference = outsideReference(xml.text().toString());
            if (!reference.isEmpty())
                problem = outside(reference, at());
        }
        if (!problem.isEmpty())
            return problem;
        previousEnd = xml.characterOffset();
    }
    if (xml.hasError())
        return QStringLiteral(
                   "is not a valid SVG: it breaks at line %1, column %2 (%3); correct it there "
                   "or export it again.")
            .arg(xml.lineNumber())
            .arg(qMax<qint64>(1, xml.columnNumber()))
            .arg(xml.errorString());
    return {};
}

}  // namespace

QString problem(const QString &path, const QByteArray &format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!format.startsWith("svg") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("svgz"))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read (%1).").arg(file.errorString());
    const QByteArray data = file.readAll();
    if (data.startsWith("\x1f\x8b"))
        return QStringLiteral("is a compressed SVG (svgz); save it as plain SVG and import again.");
    // Checked as UTF-8, the way editors save SVG: then what is checked is what Qt draws.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(data);
    if (utf8.hasError())
        return QStringLiteral("is not a valid SVG: it is not UTF-8 text; save it as UTF-8.");
    return check(text);
}

}  // namespace SvgCheck
