using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kinerja.Persistence;

/// <summary>
/// Keeps a decimal as invariant text with its scale, so that SQLite gives back exactly what was stored
/// (100 stays 100 and 70,05 stays 70,05; the provider's own text format would turn 100 into 100.0).
/// </summary>
internal sealed class ExactDecimalConverter() : ValueConverter<decimal, string>(
    value => value.ToString(CultureInfo.InvariantCulture),
    text => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));
