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

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return NAN;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

}  // namespace Samples
