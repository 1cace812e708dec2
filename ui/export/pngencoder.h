// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QString>

#include <optional>

class QImage;
class QIODevice;

/// Encodes an image as PNG into an open device, with the image's text entries (Title,
/// Source, Software, …) and its dots per metre. Returns the reason on failure (translated
/// where it is ours, the encoder's text otherwise); std::nullopt on success.
std::optional<QString> writePngImage(const QImage &image, QIODevice *device);
