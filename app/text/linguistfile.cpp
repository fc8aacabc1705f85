#include "linguistfile.h"

#include <QFile>
#include <QXmlStreamReader>

bool LinguistFile::read(const QString &path, const std::function<void(const Message &)> &each)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // A plural's forms are elements of their own: read past them rather than stop.
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            each(message);
        }
    }
    return !xml.hasError();
}
