using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Kinerja.Benchmarks.ImportBenchmarks).Assembly).Run(args);
