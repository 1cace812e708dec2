// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <type_traits>
#include <utility>
#include <variant>

/// The outcome of an operation that can fail: a value of type T, or an error of type E.
/// Core's one error convention (a small stand-in for C++23's std::expected): a function
/// that can fail returns Result<T, E>, Result<void, E> when there is no value. Both
/// constructors are implicit, so `return study;` and `return error;` both work.
/// Reading value() of an error (or error() of a value) is a programming error.
template<typename T, typename E> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    /// The value, or fallback when this holds an error.
    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }

    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

/// A result without a value: success, or an error.
template<typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};
