#pragma once
// The staff PIN: stored only as a salted PBKDF2-SHA256 hash, and a pad that locks for five
// minutes after five wrong tries.

#include <QDateTime>
#include <QString>

namespace Pin {

// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"
QString hash(const QString &pin, int iterations = 120000);
bool verify(const QString &pin, const QString &stored);
// Why `pin` cannot be a staff PIN, as the end of a sentence ("is …"); empty when it can. A PIN
// is 4 to 12 digits and not one a visitor would try first (one digit repeated, a run, a pair
// repeated).
QString problem(const QString &pin);

}  // namespace Pin

class PinLock {
public:
    static constexpr int kMaxTries = 5;
    static constexpr int kLockSeconds = 5 * 60;

    explicit PinLock(QString storedHash) : m_stored(std::move(storedHash)) {}

    enum class Result { Accepted, Wrong, Locked, NoPinSet };
    Result attempt(const QString &pin, const QDateTime &now);

    bool isLocked(const QDateTime &now) const
    {
        return m_lockedUntil.isValid() && now < m_lockedUntil;
    }
    QDateTime lockedUntil() const { return m_lockedUntil; }
    int triesLeft() const { return kMaxTries - m_wrong; }

private:
    QString m_stored;
    int m_wrong = 0;
    QDateTime m_lockedUntil;
};
