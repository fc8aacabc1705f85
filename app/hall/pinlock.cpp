#include "pinlock.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

namespace Pin {

namespace {
constexpr int kKeyBytes = 32;

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, kKeyBytes);
}
}  // namespace

QString hash(const QString &pin, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(pin, salt, iterations).toBase64()));
}

bool verify(const QString &pin, const QString &stored)
{
    const QStringList parts = stored.trimmed().split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000)
        return false;
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual = derive(pin, QByteArray::fromBase64(parts[2].toLatin1()), iterations);
    // Compare every byte, so the time taken says nothing about where a guess went wrong.
    if (expected.size() != actual.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < actual.size(); ++i)
        diff |= uchar(actual[i]) ^ uchar(expected[i]);
    return diff == 0;
}

QString problem(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
    if (!digits.match(pin).hasMatch())
        return QStringLiteral("not 4 to 12 digits");
    const auto steps = [&pin](int step) {
        for (int i = 1; i < pin.size(); ++i)
            if (pin[i].unicode() - pin[i - 1].unicode() != step)
                return false;
        return true;
    };
    if (steps(0))
        return QStringLiteral("one digit repeated, the first PIN anyone would try");
    if (steps(1) || steps(-1))
        return QStringLiteral("a run of digits, the first PIN anyone would try");
    if (pin.size() % 2 == 0 && pin == QString(pin.left(2)).repeated(pin.size() / 2))
        return QStringLiteral("a pair of digits repeated, among the first PINs anyone would try");
    return {};
}

}  // namespace Pin

PinLock::Result PinLock::attempt(const QString &pin, const QDateTime &now)
{
    if (m_stored.isEmpty())
        return Result::NoPinSet;
    if (isLocked(now))
        return Result::Locked;
    if (Pin::verify(pin, m_stored)) {
        m_wrong = 0;
        m_lockedUntil = {};
        return Result::Accepted;
    }
    if (++m_wrong >= kMaxTries) {
        m_wrong = 0;
        m_lockedUntil = now.addSecs(kLockSeconds);
        return Result::Locked;
    }
    return Result::Wrong;
}
