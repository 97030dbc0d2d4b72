namespace Kinerja.Application.Common;

/// <summary>One page of a list: the items, the page number (from 1), the page size and the total count.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int Pages => Total == 0 ? 1 : (Total + Size - 1) / Size;

    /// <summary>Page number and size made sane: number at least 1, size between 1 and 200 (default 25).</summary>
    public static (int Number, int Size) Normalize(int number, int size) =>
        (Math.Max(1, number), size is < 1 or > 200 ? 25 : size);

    /// <summary>
    /// The page to show for <paramref name="number"/> when the list holds <paramref name="total"/> items: a number past
    /// the last page (an old link, a typed "?halaman=99") shows the last page rather than an empty one.
    /// </summary>
    public static int Clamp(int number, int size, int total) =>
        Math.Min(number, new Page<T>([], number, size, total).Pages);
}
