#pragma once
// Deterministic generator of synthetic Chinese debtors for demo mode, training, tests and benchmarks.
// Same options -> same data, byte for byte. Streams one customer at a time so 100k customers do not
// have to sit in memory at once. Never produces real people: names are combined from common
// characters, ID numbers use a valid checksum over synthetic digits, and every phone number is in the
// 100xxxxxxxx range, which no Chinese carrier assigns.
#include "Entities.h"

#include <functional>

namespace cd {

/// One debtor with everything attached. Ids are assigned by the generator, unique per run.
struct DemoCustomer {
    Customer customer;
    QList<Phone> phones;
    QList<Loan> loans;           ///< with installments and payments
    QList<Interaction> history;  ///< past contacts, oldest first
    QList<Promise> promises;
    QList<Task> tasks;  ///< open work for this customer (0 or 1 in the generator)
    QList<BucketChange> bucketHistory;  ///< rolls as the worst account's DPD grew, oldest first
};

struct DemoOptions {
    int customers = 300;
    quint32 seed = 20261122;
    QDateTime now = QDateTime::currentDateTimeUtc();  ///< the demo's "today"; fix it for repeatability
    QString assignee = QStringLiteral("demo");
};

class DemoDataGenerator
{
public:
    explicit DemoDataGenerator(DemoOptions options);

    /// Calls `sink` once per customer, in id order.
    void generate(const std::function<void(const DemoCustomer &)> &sink) const;

    /// Convenience for small sizes (tests, demo): everything in one list.
    QList<DemoCustomer> generateAll() const;

    const DemoOptions &options() const { return m_options; }

private:
    DemoOptions m_options;
};

}  // namespace cd
