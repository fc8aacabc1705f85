#pragma once
// Turns the draft catalogue into the next immutable release and makes it current. The release
// is built in a hidden folder, checked, and only then renamed into place and named in
// `current`, so a kiosk (or a crash) sees either the old release or the whole new one.

#include <QString>

class ContentRoot;

class Publisher {
public:
    explicit Publisher(const ContentRoot &root);

    struct Result {
        bool ok = false;
        int number = 0;
        QString error;  // a sentence for the curator
    };

    Result publish(const QString &note);

private:
    const ContentRoot &m_root;
};
