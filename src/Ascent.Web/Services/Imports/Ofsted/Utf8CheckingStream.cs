using System.Text;

namespace Ascent.Web.Services.Imports.Ofsted;

/// Passes a file through (the bytes already read to sniff its type first, then the rest) and stops at the first
/// byte that is not UTF-8, naming its line. CsvHelper reads bytes and would otherwise turn bad bytes into "�"
/// silently; checking here, before its read-ahead buffer, is what makes the line number exact.
internal sealed class Utf8CheckingStream(byte[] head, int headLength, Stream rest) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private int headOffset;
    private int linesBefore;
    private bool ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
            return 0;
        int read;
        if (headOffset < headLength)
        {
            read = Math.Min(buffer.Length, headLength - headOffset);
            head.AsSpan(headOffset, read).CopyTo(buffer);
            headOffset += read;
        }
        else
        {
            read = rest.Read(buffer);
        }
        Check(buffer[..read]);
        return read;
    }

    private void Check(ReadOnlySpan<byte> bytes)
    {
        if (ended)
            return;
        var end = bytes.IsEmpty;
        try
        {
            // The decoder keeps a character split across two reads and checks it once it is whole; flushing at the end
            // reports a character cut off by the end of the file.
            decoder.GetCharCount(bytes, flush: end);
        }
        catch (DecoderFallbackException e)
        {
            // Index is relative to these bytes; it is negative when the bad sequence began in the previous read.
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var line = linesBefore + bytes[..at].Count((byte)'\n') + 1;
            throw new OfstedFileException($"The file is not UTF-8 text (line {line})", line);
        }
        linesBefore += bytes.Count((byte)'\n');
        ended = end;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
