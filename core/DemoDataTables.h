#pragma once
// Word lists of the demo data generator (names, places, occupations, notes), kept apart from the
// generation logic in DemoData.cpp. Internal to core/: not part of the library's interface.
#include <QList>
#include <QStringList>

namespace cd::demo {

QStringList toList(std::initializer_list<const char *> items);

struct City {
    QString name;
    QString code;  ///< 6-digit administrative division code used as the ID-number prefix
};

struct Province {
    QString name;
    QString timeZone;
    QList<City> cities;
};

/// Word lists, converted to QString once per process (the generator is called for 100k customers).
struct Tables {
    QStringList surnames;
    QStringList commonSurnames;  ///< the most frequent ones, drawn more often
    QStringList compoundSurnames;
    QStringList maleGiven;
    QStringList femaleGiven;
    QList<Province> provinces;
    QStringList districts;
    QStringList streets;
    QStringList occupations;
    QStringList brandWords;
    QStringList industries;
    QStringList agents;
    QStringList notesNoAnswer, notesBusy, notesRpc, notesThirdParty, notesRefused, notesWrongParty,
        notesInvalid, notesPromise, notesCallback, notesDispute, notesHardship;
    QStringList payChannels;

    Tables();
};

/// Built once per process (the generator is called for 100k customers).
const Tables &tables();

}  // namespace cd::demo
