namespace Kinerja.Cli;

/// <summary>What <c>kinerja</c> returns to the shell.</summary>
public static class ExitCodes
{
    /// <summary>Done; no finding of Error severity.</summary>
    public const int Ok = 0;

    /// <summary>The documents were read, and at least one finding has Error severity.</summary>
    public const int ErrorFindings = 1;

    /// <summary>Input that cannot be used: a missing file, a document that is not a PK, a wrong command line. Nothing stored.</summary>
    public const int BadInput = 2;
}
