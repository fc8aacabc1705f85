#include "samples.h"

#include <unistd.h>
#include <QFile>
#include <algorithm>
#include <cmath>

namespace Samples {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return NAN;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * double(values.size() - 1);
    const int low = int(std::floor(rank));
    const int high = int(std::ceil(rank));
    return values[low] + (values[high] - values[low]) * (rank - low);
}

double median(QList<double> values)
{
    return percentile(std::move(values), 50);
}

}  // namespace Samples
