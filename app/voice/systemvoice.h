#pragma once
// The voice this kiosk speaks with: Qt TextToSpeech when the build found it (qt6-speech-dev),
// else none, with why, for the log.

class QObject;
class QString;
class Voice;

namespace SystemVoice {

// Null, with `whyNone` set, when the kiosk was built without Qt TextToSpeech.
Voice *make(QObject *parent, QString *whyNone);

}  // namespace SystemVoice
