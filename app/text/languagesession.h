#pragma once
// The visitor's language, as QML sees it: the one chosen, the ones this hall offers and its
// default, each language's own name, numbers written its way, and interface strings in a
// language other than the current one. Switching installs the interface translation (with
// word-break marks, see WordBreakTranslator) and retranslates the QML engine.

#include "wordbreaktranslator.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <map>
#include <memory>

#include <QQmlEngine>

class LanguageSession : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Languages)
    Q_PROPERTY(QString current READ current WRITE setCurrent NOTIFY currentChanged)
    // Offered here, in the order the picker shows them.
    Q_PROPERTY(QStringList offered READ offered WRITE setOffered NOTIFY offeredChanged)
    // The hall's language: each visit starts in it.
    Q_PROPERTY(QString hallDefault READ hallDefault WRITE setHallDefault NOTIFY hallDefaultChanged)
    // The QLocale name for the current language's dates and numbers (pt_TL for Tetum).
    Q_PROPERTY(QString locale READ locale NOTIFY currentChanged)

public:
    explicit LanguageSession(QObject *parent = nullptr);
    ~LanguageSession() override;

    QString current() const { return m_current; }
    void setCurrent(const QString &language);
    QStringList offered() const { return m_offered; }
    void setOffered(const QStringList &offered);
    QString hallDefault() const { return m_default; }
    QString locale() const;
    void setHallDefault(const QString &language);
    // The engine to retranslate; a Languages made in QML finds its own.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    // Back to the hall's language, for the next visitor.
    Q_INVOKABLE void reset() { setCurrent(m_default); }
    // The language's name in itself, for the picker.
    Q_INVOKABLE QString nativeName(const QString &language) const;
    // A whole number written the current language's way (QLocale: Burmese digits in Burmese).
    Q_INVOKABLE QString formatNumber(int number) const;
    // An interface string in another language (the attract loop says "Touch to explore" under
    // each offered language, in that language).
    Q_INVOKABLE QString translate(const QString &language, const QString &context,
                                  const QString &source);

signals:
    void currentChanged();
    void offeredChanged();
    void hallDefaultChanged();

private:
    QString m_current = QStringLiteral("en");
    // Until a hall says otherwise: every language, English (the interface's source) first.
    QStringList m_offered;
    QString m_default = QStringLiteral("en");
    WordBreakTranslator m_translator;
    bool m_installed = false;
    QPointer<QQmlEngine> m_engine;
    std::map<QString, std::unique_ptr<WordBreakTranslator>> m_others;
};
