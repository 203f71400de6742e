namespace Welfare.Host.ErrorHandling;

/// <summary>
/// A request body read through a decoder: it counts the bytes the decoder produces and throws 413 once they pass
/// the bound; input the decoder cannot read is the caller's error (400), not the server's.
/// </summary>
internal sealed class DecodedRequestBody(Stream decoder, long limit) : Stream
{
    private long _produced;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Counted(await decoder.ReadAsync(buffer, cancellationToken));
        }
        catch (InvalidDataException undecodable)
        {
            throw Malformed(undecodable);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return Counted(decoder.Read(buffer, offset, count));
        }
        catch (InvalidDataException undecodable)
        {
            throw Malformed(undecodable);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            decoder.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Counted(int read)
    {
        _produced += read;
        return _produced <= limit
            ? read
            : throw new BadHttpRequestException("The decoded request body is larger than its limit.", StatusCodes.Status413PayloadTooLarge);
    }

    private static BadHttpRequestException Malformed(InvalidDataException undecodable) =>
        new("The request body does not decode with its Content-Encoding.", StatusCodes.Status400BadRequest, undecodable);
}
