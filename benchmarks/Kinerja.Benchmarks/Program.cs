using BenchmarkDotNet.Running;
using Kinerja.Benchmarks;

// "print-samples FOLDER" writes the sample print views and PDFs (docs/images/make-images.sh); anything else runs benchmarks.
if (args is ["print-samples", var folder])
    return await SampleDocuments.WriteAsync(folder);

BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
return 0;
