using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kinerja.Documents.Interchange;

/// <summary>
/// The line (1-based) on which each value of a JSON text starts, by path (<c>$.agreements[0].year</c>), so that
/// an error found while walking a <see cref="JsonDocument"/> can name its line. Properties map to the line of
/// their name.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    public static JsonLineMap Build(string json)
    {
        var map = new JsonLineMap();
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var frames = new Stack<Frame>();
        var line = 1;
        var scanned = 0;
        map.lines["$"] = 1;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            for (; scanned < start; scanned++)
            {
                if (bytes[scanned] == (byte)'\n')
                    line++;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var parent = frames.Peek();
                    parent.Current = parent.Path + "." + reader.GetString();
                    map.lines.TryAdd(parent.Current, line);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    var path = PathOfValue(frames);
                    map.lines.TryAdd(path, line);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
            }
        }

        return map;
    }

    /// <summary>The line of <paramref name="path"/>, else of its nearest ancestor that has one, else 1.</summary>
    public int LineOf(string path)
    {
        var current = path;
        while (current.Length > 0)
        {
            if (lines.TryGetValue(current, out var line))
                return line;
            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0)
                break;
            current = current[..cut];
        }

        return 1;
    }

    private static string PathOfValue(Stack<Frame> frames)
    {
        if (frames.Count == 0)
            return "$";
        var parent = frames.Peek();
        if (!parent.IsArray)
            return parent.Current;
        var path = parent.Path + "[" + parent.Index.ToString(CultureInfo.InvariantCulture) + "]";
        parent.Index++;
        return path;
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public string Current { get; set; } = path;

        public int Index { get; set; }
    }
}
