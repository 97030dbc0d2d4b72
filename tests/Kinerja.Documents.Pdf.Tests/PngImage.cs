using System.Buffers.Binary;
using System.IO.Compression;

namespace Kinerja.Documents.Pdf.Tests;

/// <summary>
/// A decoded PNG of 8-bit grey, RGB or RGBA pixels without interlacing (what pdftoppm writes): enough to look at
/// the pixels of a printed page.
/// </summary>
internal sealed class PngImage
{
    private readonly byte[] pixels;
    private readonly int channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        this.channels = channels;
        this.pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The darkest channel of the pixel: 255 is white.</summary>
    public byte Darkness(int x, int y)
    {
        var at = ((y * Width) + x) * channels;
        var min = pixels[at];
        for (var c = 1; c < Math.Min(channels, 3); c++)
            min = Math.Min(min, pixels[at + c]);
        return min;
    }

    public static PngImage Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var at = 8;
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        while (at < bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var chunk = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(chunk);
                height = BinaryPrimitives.ReadInt32BigEndian(chunk[4..]);
                if (chunk[8] != 8 || chunk[12] != 0)
                    throw new NotSupportedException("Only 8-bit, non-interlaced PNG files are read here.");
                channels = chunk[9] switch
                {
                    0 => 1,
                    2 => 3,
                    6 => 4,
                    _ => throw new NotSupportedException("Colour type " + chunk[9]),
                };
            }
            else if (type == "IDAT")
            {
                data.Write(chunk);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflate = new ZLibStream(data, CompressionMode.Decompress);
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        inflate.ReadExactly(raw);
        return new PngImage(width, height, channels, Unfilter(raw, stride, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int stride, int height, int bpp)
    {
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = (y * (stride + 1)) + 1;
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? result[row + x - bpp] : 0;
                int b = y > 0 ? result[row - stride + x] : 0;
                int c = x >= bpp && y > 0 ? result[row - stride + x - bpp] : 0;
                var value = raw[source + x];
                result[row + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => throw new NotSupportedException("PNG filter " + filter),
                });
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
