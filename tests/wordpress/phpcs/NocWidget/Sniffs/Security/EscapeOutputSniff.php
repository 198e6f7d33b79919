<?php

namespace NocWidget\Sniffs\Security;

use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/**
 * Every value a statement prints (echo, print, <?=) is a literal or the result of an escaping function.
 * The printed expression is split at its top-level "," and "." and each piece is checked, so
 * `echo '<p>' . esc_html($x) . '</p>';` passes and `echo '<p>' . $x;` does not.
 */
final class EscapeOutputSniff implements Sniff
{
    /** Functions whose result is safe to print in HTML. */
    private const SAFE = [
        'esc_html', 'esc_attr', 'esc_url', 'esc_textarea', 'esc_js', 'esc_xml',
        'esc_html__', 'esc_attr__', 'esc_html_x', 'esc_attr_x',
        'wp_kses', 'wp_kses_post', 'wp_kses_data', 'absint', 'intval', 'number_format_i18n',
        'selected', 'checked', 'disabled', 'wp_nonce_field', 'get_submit_button',
    ];

    /** @return list<int|string> */
    public function register()
    {
        return [T_ECHO, T_PRINT, T_OPEN_TAG_WITH_ECHO];
    }

    /** @param int $stackPtr */
    public function process(File $phpcsFile, $stackPtr)
    {
        $tokens = $phpcsFile->getTokens();
        $end = $phpcsFile->findEndOfStatement($stackPtr + 1);
        $piece = [];
        $depth = 0;
        for ($i = $stackPtr + 1; $i <= $end; $i++) {
            $code = $tokens[$i]['code'];
            if (in_array($code, [T_WHITESPACE, T_COMMENT], true)) {
                continue;
            }
            if (in_array($code, [T_OPEN_PARENTHESIS, T_OPEN_SQUARE_BRACKET, T_OPEN_SHORT_ARRAY], true)) {
                $depth++;
            } elseif (in_array($code, [T_CLOSE_PARENTHESIS, T_CLOSE_SQUARE_BRACKET, T_CLOSE_SHORT_ARRAY], true)) {
                $depth--;
            }
            $last = in_array($code, [T_SEMICOLON, T_CLOSE_TAG], true);
            if ($depth === 0 && ($last || in_array($code, [T_STRING_CONCAT, T_COMMA], true))) {
                $this->checkPiece($phpcsFile, $piece);
                $piece = [];
                continue;
            }
            $piece[] = $i;
        }
        if ($piece) {
            $this->checkPiece($phpcsFile, $piece);
        }
    }

    /** @param list<int> $piece Token positions of one printed piece. */
    private function checkPiece(File $phpcsFile, array $piece): void
    {
        if (!$piece) {
            return;
        }
        $tokens = $phpcsFile->getTokens();
        $first = $tokens[$piece[0]];
        if (count($piece) === 1 && in_array($first['code'], [T_CONSTANT_ENCAPSED_STRING, T_LNUMBER, T_DNUMBER], true)) {
            return;
        }
        $at = $first['code'] === T_NS_SEPARATOR ? 1 : 0;
        $name = $tokens[$piece[$at]] ?? null;
        $open = $tokens[$piece[$at + 1] ?? -1] ?? null;
        if (
            $name !== null && $open !== null && $name['code'] === T_STRING
            && in_array(strtolower($name['content']), self::SAFE, true)
            && $open['code'] === T_OPEN_PARENTHESIS
            && ($open['parenthesis_closer'] ?? -1) === end($piece)
        ) {
            return;
        }
        $text = '';
        foreach ($piece as $i) {
            $text .= $tokens[$i]['content'];
        }
        $phpcsFile->addError(
            'Printed without escaping: %s (wrap it in esc_html(), esc_attr(), esc_url() or wp_kses())',
            $piece[0],
            'Unescaped',
            [substr($text, 0, 80)]
        );
    }
}
