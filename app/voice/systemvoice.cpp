#include "systemvoice.h"

#include <QString>

#ifdef ASEAN_HAVE_TEXTTOSPEECH
#include "texttospeechvoice.h"
#endif

Voice *SystemVoice::make(QObject *parent, QString *whyNone)
{
#ifdef ASEAN_HAVE_TEXTTOSPEECH
    Q_UNUSED(whyNone);
    return new TextToSpeechVoice(parent);
#else
    Q_UNUSED(parent);
    *whyNone = QStringLiteral(
        "built without Qt TextToSpeech (install qt6-speech-dev and build "
        "again)");
    return nullptr;
#endif
}
