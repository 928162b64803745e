namespace KioskGuide.Print.Templates;

/// <summary>A template (or a file it names) is wrong. The message names the file, the field and what is allowed.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string file, string field, string problem, string allowed, Exception? inner = null)
        : base($"{file}: '{field}' {problem}. Allowed: {allowed}.", inner)
    {
        File = file;
        Field = field;
        Allowed = allowed;
    }

    public TemplateException()
    {
    }

    public TemplateException(string message) : base(message)
    {
    }

    public TemplateException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public string File { get; } = "";

    /// <summary>The JSON path of the field, e.g. "sizesPt.body"; "(file)" when the file as a whole is the problem.</summary>
    public string Field { get; } = "";

    public string Allowed { get; } = "";
}
