#pragma once
// The kiosk's health for a fleet's monitoring: the Prometheus text format that node_exporter's
// textfile collector reads (deploy/README.md), written beside status.json by Health from the
// same facts. Names and units follow Prometheus's conventions; no timestamps, since the
// collector gives the file's own time (node_textfile_mtime_seconds), which the alert "kiosk
// down" uses (deploy/prometheus/asean-kiosk.rules.yml).

#include <QByteArray>

struct KioskFacts;

namespace Metrics {

// `running` is false for the last write of an orderly end (up 0).
QByteArray text(const KioskFacts &facts, double framesPerMinute, bool running = true);

}  // namespace Metrics
