namespace Kinerja.Application.Features.Import;

/// <summary>One document to import: its name (file name, for messages and finding locations) and its text.</summary>
public sealed record ImportSource(string SourceName, string Text);
