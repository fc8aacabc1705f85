#pragma once
// Interface strings from one language into another, for a visitor whose language has no voice
// (Khmer, Lao, Filipino, Tetum) and who chose to hear English or Korean while the screen stays
// in their language. The words come from the translations themselves (the Linguist files in
// the resources at :/ts, translations/CMakeLists.txt), so every string the interface shows,
// whoever wrote it, has its counterpart: a control's name read from the screen in Khmer is
// found, and its English or Korean words are spoken.

#include <QHash>
#include <QString>

class Phrasebook {
public:
    // `text` as shown in `from`, in the words of `to`; empty when it is not an interface string
    // (catalogue text, a number) or `to` has no words for it: such text is not spoken at all.
    QString translate(const QString &text, const QString &from, const QString &to);

private:
    struct Words {
        QHash<QString, QString> sourceOf;       // shown text -> English source
        QHash<QString, QString> translationOf;  // English source -> shown text
    };
    const Words &words(const QString &language);

    QHash<QString, Words> m_languages;
};
