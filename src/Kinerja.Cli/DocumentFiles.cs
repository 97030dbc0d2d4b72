using System.Globalization;
using Kinerja.Documents;

namespace Kinerja.Cli;

/// <summary>
/// Reads PK documents from files and runs each through the importer (read, code, check). Every file is read
/// before anything is done with any of them, so that one bad file stops the whole command.
/// </summary>
internal sealed class DocumentFiles(AgreementDocumentImporter importer)
{
    public DocumentBatch Read(IReadOnlyList<string> paths)
    {
        var documents = new List<LoadedDocument>();
        var failures = new List<string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                failures.Add(Format(CliMessages.FileNotFound, path));
                continue;
            }

            byte[] content;
            try
            {
                // A file beyond the document limits is refused before it is read into memory.
                if (DocumentLimits.FileRefusal(new FileInfo(path).Length) is { } tooLarge)
                {
                    failures.Add(Format(CliMessages.DocumentFailed, path, 1, tooLarge));
                    continue;
                }

                content = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add(Format(CliMessages.FileUnreadable, path, e.Message));
                continue;
            }

            // Text or DOCX, judged by the content (see DocumentText).
            var text = DocumentText.Read(content, Path.GetFileName(path));
            var document = text.Failure is null ? importer.Import(text.Text!, Path.GetFileName(path)) : null;
            if ((text.Failure ?? document!.Failure) is { } failure)
                failures.Add(Format(CliMessages.DocumentFailed, path, failure.Line, failure.Message));
            else
                documents.Add(new LoadedDocument(path, text.Text!, document!));
        }

        return new DocumentBatch(documents, failures);
    }

    private static string Format(string format, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, format, arguments);
}

/// <summary>A file as the user named it, its text form, and what was read from it.</summary>
internal sealed record LoadedDocument(string Path, string Text, ImportedDocument Document);

/// <summary>The documents read, and the Indonesian messages of the files that could not be used.</summary>
internal sealed record DocumentBatch(IReadOnlyList<LoadedDocument> Documents, IReadOnlyList<string> Failures)
{
    public bool Failed => Failures.Count > 0;

    /// <summary>Writes the failures to standard error; the command then exits with <see cref="ExitCodes.BadInput"/>.</summary>
    public int ReportFailures(TextWriter error, bool storing = false)
    {
        foreach (var failure in Failures)
            error.WriteLine(failure);
        if (storing)
            error.WriteLine(CliMessages.NothingStored);
        return ExitCodes.BadInput;
    }
}
