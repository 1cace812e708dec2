// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/studyrepository.h"

StudyRepository::StudyRepository(QObject *parent)
    : QObject(parent)
{}

StudyRepository::~StudyRepository() = default;
