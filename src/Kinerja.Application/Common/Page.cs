namespace Kinerja.Application.Common;

/// <summary>One page of a list: the items, the page number (from 1), the page size and the total count.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int Pages => Total == 0 ? 1 : (Total + Size - 1) / Size;

    /// <summary>Page number and size made sane: number at least 1, size between 1 and 200 (default 25).</summary>
    public static (int Number, int Size) Normalize(int number, int size) =>
        (Math.Max(1, number), size is < 1 or > 200 ? 25 : size);
}
