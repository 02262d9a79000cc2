"""Run newsline over a JSONL corpus with Apache Spark.

Each partition of the input is piped through the `newsline` binary, which reads
`{"id","text","dct"?}` lines on stdin and writes one `newsline/1` JSON line per
input line, in order. The binary is shipped to the executors with
`SparkContext.addFile`, so the cluster needs nothing installed.

    spark-submit newsline_spark.py --binary target/release/newsline \
        --input corpus.jsonl --output out/ [--master local[2]] [--partitions N]

With `--collect FILE` the records are gathered in input order into one local file
instead (what `cargo xtask spark-check` compares with a direct run).
"""

import argparse
import os

from pyspark import SparkContext, SparkFiles


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="path to the newsline release binary")
    parser.add_argument("--input", required=True, help="JSONL corpus (local path, HDFS or S3 URI)")
    parser.add_argument("--output", help="folder for the output part files")
    parser.add_argument("--collect", help="write all records, in input order, to this local file")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2]")
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args()

    sc = SparkContext(master=args.master, appName="newsline") if args.master else SparkContext(appName="newsline")
    sc.setLogLevel("WARN")
    sc.addFile(os.path.abspath(args.binary))
    name = os.path.basename(args.binary)

    lines = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions else sc.textFile(args.input)
    # Every line goes to newsline, blank ones included (it skips them but counts
    # them), and each partition is told the number of its first line: line numbers
    # and the ids of records without one ("line-31") then match a whole-file run.
    # Counting costs one extra pass over the input.
    counts = lines.mapPartitions(lambda it: [sum(1 for _ in it)]).collect()
    first_lines = [1]
    for n in counts[:-1]:
        first_lines.append(first_lines[-1] + n)

    def run_partition(index, records):
        binary = SparkFiles.get(name)
        os.chmod(binary, 0o755)
        import subprocess

        proc = subprocess.Popen(
            [
                binary, "process", "--input", "jsonl", "--format", "jsonl", "--quiet",
                "--jobs", "1", "--first-line", str(first_lines[index]),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        import threading

        def feed():
            for record in records:
                proc.stdin.write(record.encode("utf-8") + b"\n")
            proc.stdin.close()

        writer = threading.Thread(target=feed)
        writer.start()
        for out in proc.stdout:
            yield out.decode("utf-8").rstrip("\n")
        writer.join()
        # Exit status 1 only means some documents became error records, which are
        # in the output; anything else is a real failure of the partition.
        if proc.wait() not in (0, 1):
            raise RuntimeError("newsline failed with status %d" % proc.returncode)

    results = lines.mapPartitionsWithIndex(run_partition)
    if args.output:
        results.saveAsTextFile(args.output)
    if args.collect:
        with open(args.collect, "w", encoding="utf-8") as out:
            for line in results.collect():
                out.write(line + "\n")
    sc.stop()


if __name__ == "__main__":
    main()
