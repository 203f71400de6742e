using System.Security.Cryptography;
using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Domain.PreReturns;

/// <summary>
/// The attending physician's certificate (診断書, Form 2) as uploaded: kept in the database with its
/// type and digest, apart from the case so that reading a case never loads the file.
/// </summary>
public sealed class MedicalCertificate
{
    public static readonly IReadOnlyDictionary<string, byte[]> Signatures = new Dictionary<string, byte[]>
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
    };

    private MedicalCertificate(Guid preReturnId, string contentType, byte[] content, string uploadedBy, DateTimeOffset uploadedAt)
    {
        PreReturnId = preReturnId;
        ContentType = contentType;
        Content = content;
        Size = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid PreReturnId { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Accepts a PDF, JPEG or PNG whose bytes are what its declared type says, within the size limit.</summary>
    public static MedicalCertificate Accept(Guid preReturnId, string? declaredType, byte[] content, long maxBytes, string uploadedBy, DateTimeOffset now)
    {
        if (content.LongLength > maxBytes)
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.CertificateTooLarge, new($"診断書のファイルは{maxBytes}バイトまでです。", $"The certificate file may be at most {maxBytes} bytes."));
        }

        var type = declaredType?.Split(';')[0].Trim().ToLowerInvariant();
        if (content.Length == 0 || type is null || !Signatures.TryGetValue(type, out var signature) || !content.AsSpan().StartsWith(signature))
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.CertificateTypeNotAccepted);
        }

        return new MedicalCertificate(preReturnId, type, content, uploadedBy, now);
    }

    public void Replace(MedicalCertificate other)
    {
        ContentType = other.ContentType;
        Content = other.Content;
        Size = other.Size;
        Sha256 = other.Sha256;
        UploadedBy = other.UploadedBy;
        UploadedAt = other.UploadedAt;
    }
}
