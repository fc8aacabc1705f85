#pragma once
// Figures from repeated runs: medians and percentiles, because the machine is shared and noisy.

#include <QList>

namespace Samples {

double median(QList<double> values);
double percentile(QList<double> values, double p);  // p in [0, 100]

}  // namespace Samples
